/**
 * The CI templates (.gitlab-ci.yml, .github/workflows/review.yml and publish.yml)
 * check out the full history with its tags, run nothing but the project's npm
 * scripts, git and the host's own mechanisms, and every npm script they run is
 * covered by a test here: each is in the map below, with a file that exists and
 * runs it. The templates are read with the `yaml` parser; only the shell lines
 * inside them are split into words.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../helpers/projectCopy.ts';

/** Which file covers each npm command the templates run: a test, or the CI script that runs the test suite. */
const coveredBy: Record<string, string> = {
  ci: '.ci/run',
  setup: '.ci/run',
  test: '.ci/run',
  build: 'tests/build/reproducible.build.test.ts',
  // The lead's test of the review report and the change notes.
  review: 'tests/build/publications.build.test.ts',
  deploy: 'tests/build/deploy.build.test.ts',
  'publication:tag': 'tests/build/publicationTag.build.test.ts',
};
/** The programs a template may run besides npm's: git, and curl for GitLab's API. */
const programs = new Set(['npm', 'git', 'curl']);
/** npm's own commands the templates may run; anything else after `npm` is a script of package.json. */
const npmCommands = new Set(['ci']);
/** How the publish jobs push the tags; tests/build/publicationTag.build.test.ts pushes with it too. */
const tagRefspec = 'refs/tags/publication/*:refs/tags/publication/*';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

interface Job {
  template: string;
  name: string;
  /** The shell commands, in order. */
  commands: string[];
  /** Whether the job has the whole history and the tags. */
  fullHistory: boolean;
}

/** The shell lines of a GitLab job's script keys; every entry must be a string (a stray `: ` makes a mapping). */
function gitlabLines(job: Node): string[] {
  return ['before_script', 'script', 'after_script'].flatMap((key) => {
    const lines = job[key] ?? [];
    expect(Array.isArray(lines), key).toBe(true);
    for (const line of lines as unknown[]) expect(typeof line, JSON.stringify(line)).toBe('string');
    return lines as string[];
  });
}

const reserved = new Set(['workflow', 'default', 'variables', 'stages', 'include', 'image', 'services', 'cache']);

function gitlabJobs(): Job[] {
  const file = '.gitlab-ci.yml';
  const config = parse(read(file)) as Node;
  const variables = isNode(config['variables']) ? config['variables'] : {};
  return Object.entries(config)
    .filter(([name, job]) => !reserved.has(name) && !name.startsWith('.') && isNode(job))
    .map(([name, job]) => {
      const own = isNode((job as Node)['variables']) ? ((job as Node)['variables'] as Node) : {};
      const depth = own['GIT_DEPTH'] ?? variables['GIT_DEPTH'];
      const strategy = own['GIT_STRATEGY'];
      return {
        template: file,
        name,
        commands: gitlabLines(job as Node).flatMap(commandsOf),
        // A job without a checkout (GIT_STRATEGY: none) reads only the artifacts it is given.
        fullHistory: strategy === 'none' || String(depth) === '0',
      };
    });
}

function githubJobs(file: string): Job[] {
  const workflow = parse(read(file)) as Node;
  const jobs = isNode(workflow['jobs']) ? workflow['jobs'] : {};
  return Object.entries(jobs).map(([name, job]) => {
    const steps = (isNode(job) && Array.isArray(job['steps']) ? job['steps'] : []) as Node[];
    const checkouts = steps.filter((step) => String(step['uses'] ?? '').startsWith('actions/checkout@'));
    return {
      template: file,
      name,
      commands: steps.flatMap((step) => (typeof step['run'] === 'string' ? commandsOf(step['run']) : [])),
      fullHistory:
        checkouts.length > 0 && checkouts.every((step) => isNode(step['with']) && step['with']['fetch-depth'] === 0),
    };
  });
}

/** A shell line's commands: split at newlines, `&&`, `||` and `;`. */
function commandsOf(shell: string): string[] {
  return shell
    .split(/\n|&&|\|\||;/)
    .map((command) => command.trim())
    .filter(Boolean);
}

/** The program a command runs, after any `NAME=value` assignments, and those of its `$( … )`. */
function programsOf(command: string): string[] {
  const words = command.split(/\s+/);
  const first = words.find((word) => !/^[A-Z_][A-Z0-9_]*=/.test(word)) ?? '';
  const nested = [...command.matchAll(/\$\((\S+)/g)].map((match) => match[1] ?? '');
  return [first, ...nested];
}

/** The npm commands a command runs: `npm ci` → `ci`, `npm test` → `test`, `npm run build -- …` → `build`. */
function npmRuns(command: string): string[] {
  const words = command.split(/\s+/);
  return words.flatMap((word, at) => {
    if (word !== 'npm') return [];
    const next = words[at + 1] ?? '';
    return [next === 'run' ? (words[at + 2] ?? '') : next];
  });
}

/** How a template writes an npm command. */
const asRun = (name: string) => (npmCommands.has(name) || name === 'test' ? `npm ${name}` : `npm run ${name}`);

const jobs = [
  ...gitlabJobs(),
  ...githubJobs('.github/workflows/review.yml'),
  ...githubJobs('.github/workflows/publish.yml'),
];
const runs = [...new Set(jobs.flatMap((job) => job.commands.flatMap(npmRuns)))].sort();

describe('the CI templates', () => {
  it('are read, each with jobs that run commands', () => {
    for (const template of ['.gitlab-ci.yml', '.github/workflows/review.yml', '.github/workflows/publish.yml']) {
      expect(
        jobs.filter((job) => job.template === template && job.commands.length > 0).length,
        template,
      ).toBeGreaterThan(0);
    }
  });

  it.each(jobs.map((job) => [`${job.template} ${job.name}`, job] as const))(
    'check out the full history and its tags: %s',
    (_, job) => {
      expect(job.fullHistory).toBe(true);
    },
  );

  it('run only npm, git and curl', () => {
    for (const command of jobs.flatMap((job) => job.commands)) {
      for (const program of programsOf(command)) expect(programs, command).toContain(program);
    }
  });

  it('run only npm commands that exist: npm ci and the scripts of package.json', () => {
    expect(runs).toEqual(expect.arrayContaining(['build', 'deploy', 'publication:tag', 'review', 'test']));
    for (const name of runs) {
      if (npmCommands.has(name)) expect(existsSync(path.join(projectRoot, 'package-lock.json'))).toBe(true);
      else expect(Object.keys(scripts), name).toContain(name);
    }
  });

  it('run only npm commands covered here, and the map names no other', () => {
    expect(runs).toEqual(Object.keys(coveredBy).sort());
  });

  it.each(Object.entries(coveredBy))('cover %s by a file that exists and runs it: %s', (name, file) => {
    expect(existsSync(path.join(projectRoot, file)), `${file} does not exist (yet)`).toBe(true);
    // The command as the templates write it, or the file its package.json script runs.
    const entry = /\bscripts\/[\w.-]+\.ts\b/.exec(scripts[name] ?? '')?.[0];
    const text = read(file);
    expect(
      text.includes(asRun(name)) || (entry !== undefined && text.includes(entry)),
      `${file} mentions neither "${asRun(name)}" nor ${entry ?? 'a script file'}`,
    ).toBe(true);
  });

  it.each(['.gitlab-ci.yml publish', '.github/workflows/publish.yml publish'])(
    'publish in order, tagging only what was deployed, and push the tags as tested: %s',
    (which) => {
      const job = jobs.find((candidate) => `${candidate.template} ${candidate.name}` === which);
      const commands = job?.commands ?? [];
      const at = (find: (command: string) => boolean) => commands.findIndex(find);
      const order = [
        at((command) => npmRuns(command).includes('build')),
        at((command) => npmRuns(command).includes('deploy')),
        at((command) => npmRuns(command).includes('publication:tag')),
        at((command) => command.startsWith('git push') && command.includes(tagRefspec)),
      ];
      expect(
        order.every((index) => index >= 0),
        commands.join('\n'),
      ).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(read('tests/build/publicationTag.build.test.ts')).toContain(tagRefspec);
    },
  );
});
