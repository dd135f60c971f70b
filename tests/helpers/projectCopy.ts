/**
 * Temporary copies of the project for tests that must change content: the
 * real `src/content` is never touched. `node_modules` is linked, not copied.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

export interface Edit {
  file: string;
  find: string;
  replace: string;
}

export interface Fixture {
  description: string;
  stage: 'schema' | 'content';
  edits?: Edit[];
  copies?: (Edit & { from: string; to: string })[];
  appends?: { file: string; text: string }[];
  deletes?: string[];
  expect: {
    file: string;
    field: string;
    message: string;
    level?: 'error' | 'warning';
  };
}

function replaceOnce(text: string, { find, replace }: { find: string; replace: string }, where: string): string {
  const at = text.indexOf(find);
  if (at === -1 || text.indexOf(find, at + 1) !== -1) {
    throw new Error(`fixture: "${find}" must occur exactly once in ${where}`);
  }
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

// Everything `npm run check` and `npm run build` read (the type check covers scripts/, tests/ and bench/).
const COPIED = [
  'src',
  'public',
  'scripts',
  'tests',
  'bench',
  'deploy',
  'astro.config.mjs',
  'site.config.json',
  'package.json',
  'tsconfig.json',
];

/** Copies a built site into a project copy, as if it had been built there before. */
export async function copyDist(from: string, to: string): Promise<void> {
  await cp(path.join(from, 'dist'), path.join(to, 'dist'), { recursive: true });
}

/** Every bad-content case of tests/fixtures/invalid/, named after its file. */
export function invalidFixtures(): (Fixture & { name: string })[] {
  const dir = path.join(projectRoot, 'tests/fixtures/invalid');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      name: name.replace('.json', ''),
      ...(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Fixture),
    }));
}

/** A fresh copy of the project with the fixture applied; returns its folder. */
export async function projectCopy(fixture?: Fixture): Promise<string> {
  // Outside the project: Astro's file watcher skips paths under a dot-folder such as .tmp/.
  const dir = await mkdtemp(path.join(tmpdir(), 'programme-site-'));
  for (const name of COPIED) await cp(path.join(projectRoot, name), path.join(dir, name), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (!fixture) return dir;
  for (const edit of fixture.edits ?? []) {
    const file = path.join(dir, edit.file);
    await writeFile(file, replaceOnce(await readFile(file, 'utf8'), edit, edit.file));
  }
  for (const copy of fixture.copies ?? []) {
    const text = await readFile(path.join(dir, copy.from), 'utf8');
    await mkdir(path.dirname(path.join(dir, copy.to)), { recursive: true });
    await writeFile(path.join(dir, copy.to), copy.find ? replaceOnce(text, copy, copy.from) : text);
  }
  for (const append of fixture.appends ?? []) {
    const file = path.join(dir, append.file);
    await writeFile(file, (await readFile(file, 'utf8')) + append.text);
  }
  for (const file of fixture.deletes ?? []) await rm(path.join(dir, file));
  return dir;
}

export async function removeCopy(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface RunResult {
  code: number;
  output: string;
}

/** Variables Vitest sets for itself; passed on, they would make a child's Astro think it runs in a test. */
// The test runner's own import.meta.env, which Vite copies into process.env: a build given an empty SITE
// would make `import.meta.env.SITE` empty in the built modules, whatever SITE_URL says.
const RUNNER_VARIABLES = new Set([
  'NODE_ENV',
  'TEST',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'BASE_URL',
  'SITE',
  'ASSETS_PREFIX',
]);

/** The environment for commands run by tests, as a developer's shell would have it. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      // Not CI either: copies have no git history, which a build in CI refuses (no "last updated"
      // dates); a test of that passes CI itself.
      ([key]) => !RUNNER_VARIABLES.has(key) && !key.startsWith('VITEST') && key !== 'CI',
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** Runs a command in `cwd`, collecting stdout and stderr together; never throws on a non-zero exit. */
export async function runIn(
  cwd: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd,
      env: { ...cleanEnv(), ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof failure.code === 'number' ? failure.code : 1,
      output: `${failure.stdout ?? ''}${failure.stderr ?? ''}`,
    };
  }
}

/** A published address for builds that must show what needs one (canonical, hreflang, sitemap). */
export const testSiteUrl = 'https://programma.example.lv/';

/** The Astro CLI of this project, run against another folder. */
export const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
