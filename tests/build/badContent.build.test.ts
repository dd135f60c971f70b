/**
 * Bad content never reaches the public: for each kind of mistake
 * (tests/fixtures/invalid/), applied to a copy of the project that already has
 * a good build, both `npm run check` and `npm run build` fail with a message
 * naming the file, the field and what was expected — and the good `dist/` is
 * left byte for byte as it was.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../helpers/hashTree.ts';
import { copyDist, invalidFixtures, projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

const fixtures = invalidFixtures().filter((fixture) => fixture.expect.level !== 'warning');
let good: string;
let goodHashes: Record<string, string>;
const copies: string[] = [];

beforeAll(async () => {
  good = await projectCopy();
  const build = await runIn(good, 'npm', ['run', 'build']);
  expect(build.code, build.output).toBe(0);
  goodHashes = await hashTree(path.join(good, 'dist'));
}, 180_000);

afterAll(async () => {
  await Promise.all([good, ...copies].map(removeCopy));
});

it('covers at least 15 kinds of bad content', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(15);
});

describe.concurrent.each(fixtures)('$name', (fixture) => {
  it(`refuses ${fixture.description}, in check and in build, and keeps the last good site`, async () => {
    const dir = await projectCopy(fixture);
    copies.push(dir);
    await copyDist(good, dir);

    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).not.toBe(0);
    expect(check.output).toContain(fixture.expect.file);
    if (fixture.expect.field) expect(check.output).toContain(fixture.expect.field);
    expect(check.output).toContain(fixture.expect.message);
    expect(check.output.trim().split('\n').at(-1)).toMatch(/^FAILED: /);

    // The build refuses it before Astro starts, with npm run check's own lines.
    const build = await runIn(dir, 'npm', ['run', 'build']);
    expect(build.code, build.output).not.toBe(0);
    const reported = (output: string) => output.split('\n').filter((line) => /^(Error|Warning): /.test(line));
    expect(reported(build.output)).toEqual(reported(check.output));
    expect(build.output).toContain('The previous dist/ is unchanged');

    expect(await hashTree(path.join(dir, 'dist'))).toEqual(goodHashes);
    // Nor is its staging folder left behind.
    const staging = path.join(dir, '.tmp');
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
  });
});
