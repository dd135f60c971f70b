/**
 * `npm run changes [-- --since REF]`: what the working copy changes compared
 * with a git ref, in plain language, for the reviewer of a publication:
 * measures added or removed, amounts and their effect on every subtotal and
 * the total, whether the declared total still matches, which files' Latvian
 * or English text changed and which translations that makes outdated.
 *
 * The ref defaults to the tag `published` (moved at each publication, see
 * docs/deploying.md), else the last commit.
 *
 * Usage: node scripts/changes.ts [--since REF] [--root DIR]
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { readContent } from '#src/check/readContent.ts';
import { changeSnapshot } from '#src/data/changeSnapshot.ts';
import { defaultLocale } from '#src/i18n/locales.ts';
import { contentPathOf } from '#src/lib/content/contentPath.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { formatChanges, summariseChanges } from '#src/lib/history/summariseChanges.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { since: { type: 'string' }, root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);

async function defaultRef(): Promise<string> {
  const tagged = await run('git', ['rev-parse', '--verify', '--quiet', 'refs/tags/published'], { cwd: root }).then(
    () => true,
    () => false,
  );
  return tagged ? 'published' : 'HEAD';
}

/** The content folder as it is at `ref`, unpacked into `dir` (git archive | tar). */
function extract(ref: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', ref, 'src/content'], { cwd: root });
    const tar = spawn('tar', ['-x', '-C', dir]);
    let failure = '';
    archive.stderr.on('data', (chunk: Buffer) => (failure += chunk.toString()));
    archive.stdout.pipe(tar.stdin);
    archive.on('close', (code) => {
      if (code !== 0) reject(new Error(`cannot read ${ref} from git: ${failure.trim()}`));
    });
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`cannot unpack ${ref}`))));
  });
}

const ref = values.since ?? (await defaultRef());
const dir = await mkdtemp(path.join(tmpdir(), 'programme-changes-'));
try {
  await extract(ref, dir);
  const [before, after] = [await readContent(dir), await readContent(root)];
  for (const content of [before, after]) {
    if (content.problems.some((p) => p.level === 'error')) {
      console.log(
        `Note: ${content === before ? ref : 'the working copy'} has content errors (npm run check lists them); files it cannot read are left out below.`,
      );
    }
  }
  const money = (euro: number) => formatMoney(euro, defaultLocale).replace(/\s/g, ' ').replace(' €', ' EUR');
  console.log(`Changes in the working copy since ${ref}:`);
  const years = [...new Set([...before.programmes, ...after.programmes].map((p) => contentPathOf(p).year ?? 0))].sort(
    (a, b) => a - b,
  );
  for (const year of years) {
    const [was, now] = [changeSnapshot(before, year), changeSnapshot(after, year)];
    for (const line of formatChanges(String(year), summariseChanges(was, now), money)) {
      console.log(line);
    }
  }
} catch (error) {
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
