/**
 * The content rules of src/lib/validateProgramme.ts, as `npm run check` reports
 * them: each rule has a bad fixture (tests/fixtures/invalid/*.json) that breaks
 * it in a temporary copy of the project, and the report names the file, the
 * line, the field and what was expected. (tests/build/badContent.build.test.ts
 * runs every fixture, schema ones too, through the full check and build.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { invalidFixtures, projectCopy, projectRoot, removeCopy, runIn } from '../../helpers/projectCopy.ts';

const fixtures = invalidFixtures();

const copies: string[] = [];
afterAll(async () => {
  await Promise.all(copies.map(removeCopy));
});

describe('the real content', () => {
  it('passes every rule', async () => {
    const result = await runIn(projectRoot, process.execPath, ['scripts/check-content.ts']);
    expect(result.output).toContain('0 error(s), 0 warning(s)');
    expect(result.output).toContain('2023: computed total 283 239 EUR = declared total 283 239 EUR');
    expect(result.code).toBe(0);
  });
});

describe.each(fixtures.filter((f) => f.stage === 'content'))('content: $name', (fixture) => {
  it(`${fixture.expect.level === 'warning' ? 'warns about' : 'refuses'} ${fixture.description}`, async () => {
    const dir = await projectCopy(fixture);
    copies.push(dir);
    const result = await runIn(dir, process.execPath, ['scripts/check-content.ts']);
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
