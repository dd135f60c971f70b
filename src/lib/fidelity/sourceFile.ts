/**
 * Where a programme year's approved text is, as a path within the site and
 * within public/: the file the fidelity check reads and the site links to.
 *
 * @example sourceFile(2023) // 'source/programme-2023.lv.txt'
 */
export const sourceFile = (year: number) => `source/programme-${year}.lv.txt`;
