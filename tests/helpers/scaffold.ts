/** The `npm` arguments that scaffold a measure of 2023 for the Ministry; the number gives the section. */
export const scaffoldArgs = (code: string) => [
  'run',
  'new:measure',
  '--',
  '--year',
  '2023',
  '--code',
  code,
  '--administrator',
  'ministry',
];
