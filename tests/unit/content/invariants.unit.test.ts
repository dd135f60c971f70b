/**
 * `npm run check` (scripts/check.ts) against every kind of bad content: each
 * case (tests/fixtures/invalid/*.json) breaks one schema or rule in a temporary
 * copy of the project, and the report names the file, the line, the field and
 * what was expected. (tests/build/badContent.build.test.ts runs every case
 * through the build too.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { invalidFixtures, projectCopy, projectRoot, removeCopy, runIn } from '../../helpers/projectCopy.ts';

const fixtures = invalidFixtures();

const copies: string[] = [];
afterAll(async () => {
  await Promise.all(copies.map(removeCopy));
});

describe('the real content', () => {
  // How fast is measured by `npm run bench`, not here: a timed test fails on a busy machine.
  it('passes every schema and rule', async () => {
    const result = await runIn(projectRoot, process.execPath, ['scripts/check.ts']);
    expect(result.output).toContain('0 error(s), 0 warning(s)');
    expect(result.output).toContain('2023: computed total 283 239 EUR = declared total 283 239 EUR');
    expect(result.code).toBe(0);
  });
});

describe('two unrelated mistakes in two files', () => {
  it('are both reported, each with its line and field', async () => {
    const dir = await projectCopy({
      description: 'an unknown field in one file and a negative amount in another',
      stage: 'schema',
      edits: [
        { file: 'src/content/measures/2023/lv/1-3.mdx', find: 'funding:', replace: 'fundng:' },
        { file: 'src/content/measures/2023/lv/1-1.mdx', find: 'amount: 8000', replace: 'amount: -8000' },
      ],
      expect: { file: '', field: '', message: '' },
    });
    copies.push(dir);
    const result = await runIn(dir, process.execPath, ['scripts/check.ts']);
    const errors = result.output.split('\n').filter((line) => line.startsWith('Error: '));
    expect(errors).toContain(
      'Error: src/content/measures/2023/lv/1-3.mdx:4 › fundng: unknown field "fundng"; expected only: title, administrator, funding, results, notes, draft (see docs/authoring.md)',
    );
    expect(errors).toContain(
      'Error: src/content/measures/2023/lv/1-1.mdx:5 › funding.amount: expected an amount of 0 euro or more',
    );
    expect(result.code).toBe(1);
    expect(result.output.trim().split('\n').at(-1)).toMatch(/^FAILED: /);
  });
});

describe.each(fixtures)('$name', (fixture) => {
  it(`${fixture.expect.level === 'warning' ? 'warns about' : 'refuses'} ${fixture.description}`, async () => {
    const dir = await projectCopy(fixture);
    copies.push(dir);
    const result = await runIn(dir, process.execPath, ['scripts/check.ts']);
    const level = fixture.expect.level === 'warning' ? 'Warning' : 'Error';
    const line = result.output
      .split('\n')
      .find((l) => l.startsWith(`${level}: ${fixture.expect.file}`) && l.includes(fixture.expect.message));
    expect(line, result.output).toBeDefined();
    if (fixture.expect.field) expect(line).toContain(`› ${fixture.expect.field}:`);
    expect(result.code).toBe(fixture.expect.level === 'warning' ? 0 : 1);
    expect(result.output.trim().split('\n').at(-1)).toMatch(level === 'Error' ? /^FAILED: / : /^OK: .*1 warning/);
  });
});
