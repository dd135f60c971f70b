/**
 * `npm run deploy`, the placeholder deployment step, on a stand-in for a built
 * site (no site build): with DEPLOY_DIR it replaces that folder's contents with
 * dist/; without it, or without dist/, it fails and says why.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot, runIn } from '../helpers/projectCopy.ts';

let dir: string;
let target: string;

const deploy = (env: NodeJS.ProcessEnv = {}) =>
  runIn(dir, process.execPath, [path.join(projectRoot, 'scripts/deploy.ts')], env);

async function write(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'programme-deploy-'));
  target = path.join(dir, 'server/www');
  await write(path.join(dir, 'dist/index.html'), 'new site');
  await write(path.join(dir, 'dist/lv/index.html'), 'new page');
  await write(path.join(target, 'index.html'), 'old site');
  await write(path.join(target, 'removed/index.html'), 'a page the new site no longer has');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run deploy', () => {
  it('replaces the contents of DEPLOY_DIR with dist/, leaving nothing beside it', async () => {
    const run = await deploy({ DEPLOY_DIR: target });
    expect(run.code, run.output).toBe(0);
    expect(await readFile(path.join(target, 'index.html'), 'utf8')).toBe('new site');
    expect(await readFile(path.join(target, 'lv/index.html'), 'utf8')).toBe('new page');
    expect(existsSync(path.join(target, 'removed'))).toBe(false);
    expect(await readdir(path.dirname(target))).toEqual(['www']);
    expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('new site');
  });

  it('creates DEPLOY_DIR when it does not exist', async () => {
    const run = await deploy({ DEPLOY_DIR: path.join(dir, 'server/fresh') });
    expect(run.code, run.output).toBe(0);
    expect(await readFile(path.join(dir, 'server/fresh/index.html'), 'utf8')).toBe('new site');
  });

  it('fails without DEPLOY_DIR, in one line saying what to set or replace', async () => {
    const run = await deploy({ DEPLOY_DIR: '' });
    expect(run.code).toBe(1);
    expect(run.output.trim().split('\n')).toHaveLength(1);
    expect(run.output).toContain('DEPLOY_DIR is not set, so nothing was published');
    expect(run.output).toContain('docs/publishing.md');
    expect(await readFile(path.join(target, 'index.html'), 'utf8')).toBe('old site');
  });

  it('refuses without a built dist/, leaving DEPLOY_DIR as it was', async () => {
    await rm(path.join(dir, 'dist'), { recursive: true });
    const run = await deploy({ DEPLOY_DIR: target });
    expect(run.code).toBe(1);
    expect(run.output).toContain('no built site in dist/');
    expect(await readFile(path.join(target, 'index.html'), 'utf8')).toBe('old site');
  });

  it('refuses a DEPLOY_DIR that holds dist/ or lies inside it', async () => {
    for (const folder of [dir, path.join(dir, 'dist'), path.join(dir, 'dist/lv')]) {
      const run = await deploy({ DEPLOY_DIR: folder });
      expect(run.code, folder).toBe(1);
      expect(run.output).toContain('must be a folder of its own');
    }
    expect(await readFile(path.join(dir, 'dist/index.html'), 'utf8')).toBe('new site');
  });
});
