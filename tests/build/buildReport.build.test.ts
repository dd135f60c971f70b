/**
 * The build says what `npm run check` says: staff meet the build's message
 * first (`npm start`), so it lists every problem with file, line and field,
 * without a stack trace or Astro's one-error-at-a-time message.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

let dir: string;
beforeAll(async () => {
  dir = await projectCopy({
    description: 'a negative amount in one file and an unknown field in another',
    stage: 'schema',
    edits: [
      { file: 'src/content/measures/2023/lv/1-1.mdx', find: 'amount: 8000', replace: 'amount: -8000' },
      {
        file: 'src/content/measures/2023/lv/1-4.mdx',
        find: 'administrator: ministry',
        replace: 'administrator: ministry\ncolour: red',
      },
    ],
    expect: { file: '', field: '', message: '' },
  });
}, 60_000);
afterAll(async () => {
  await removeCopy(dir);
});

const problems = (output: string) => output.split('\n').filter((line) => /^(Error|Warning): /.test(line));

it('lists every problem with file:line › field, as npm run check does, and nothing of Astro’s', async () => {
  const [check, build] = [await runIn(dir, 'npm', ['run', 'check']), await runIn(dir, 'npm', ['run', 'build'])];
  expect(check.code).not.toBe(0);
  expect(build.code, build.output).not.toBe(0);
  const listed = problems(build.output);
  expect(listed).toEqual(problems(check.output));
  expect(listed).toContainEqual(
    expect.stringMatching(/^Error: src\/content\/measures\/2023\/lv\/1-1\.mdx:\d+ › funding\.amount: /),
  );
  expect(listed).toContainEqual(
    expect.stringMatching(/^Error: src\/content\/measures\/2023\/lv\/1-4\.mdx:\d+ › colour: /),
  );
  // The report's last lines, too: the figures and the one-line summary.
  expect(build.output).toContain(check.output.trim().split('\n').at(-1));
  for (const astro of ['InvalidContentEntryDataError', 'Stack trace', '    at ', 'Unhandled', 'unhandled', ':0:0']) {
    expect(build.output).not.toContain(astro);
  }
  expect(build.output).toContain('The previous dist/ is unchanged');
}, 120_000);
