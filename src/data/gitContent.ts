/**
 * The content folder as text, at a commit (from git, without a checkout) or
 * in the working copy, and the commits on the main line that added each
 * change note: what the publications' computed changes are read from.
 */
import { execFile, spawn } from 'node:child_process';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { contentRoot } from '#src/lib/content/contentPath.ts';
import { defaultSince } from '#src/lib/history/publicationTags.ts';

const run = promisify(execFile);

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd: root, maxBuffer: 256 << 20 });
  return stdout;
}

/** Whether `root` has the full history the publications are computed from; the reason when not. */
export async function historyMissing(root: string): Promise<string | undefined> {
  try {
    return (await git(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true'
      ? 'a shallow git clone'
      : undefined;
  } catch {
    return 'no git history';
  }
}

/** Every file of the content folder at `commit`, path (relative to the project) → text. */
export async function contentAt(root: string, commit: string): Promise<Map<string, string>> {
  const names = (await git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', contentRoot]))
    .split('\0')
    .filter(Boolean);
  if (names.length === 0) return new Map();
  // One `git cat-file --batch` for all of them: each answer is "<id> blob <size>\n<bytes>\n".
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: root });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file failed for ${commit}`)),
    );
    child.stdin.end(names.map((name) => `${commit}:${name}\n`).join(''));
  });
  const files = new Map<string, string>();
  let at = 0;
  for (const name of names) {
    const end = output.indexOf(0x0a, at);
    const [, type = '', size = '0'] = output.subarray(at, end).toString('utf8').split(' ');
    const start = end + 1;
    const length = type === 'blob' ? Number(size) : 0;
    if (type === 'blob') files.set(name, output.subarray(start, start + length).toString('utf8'));
    at = start + length + (type === 'blob' ? 1 : 0);
  }
  return files;
}

/** Every file of the content folder as it is on disk, path (relative to the project) → text. */
export async function contentOnDisk(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const names: string[] = [];
  for await (const name of glob('**/*', { cwd: path.join(root, contentRoot), withFileTypes: false })) names.push(name);
  for (const name of names.sort()) {
    const file = `${contentRoot}/${name.split(path.sep).join('/')}`;
    try {
      files.set(file, await readFile(path.join(root, file), 'utf8'));
    } catch {
      // A folder.
    }
  }
  return files;
}

/**
 * For each file of `folder` ever added on the main line, the first commit on
 * it that contains the file (`git log --first-parent --diff-filter=A`: a merge
 * counts as adding what its branch added), with the commits of the main line
 * in order, oldest first, to compare them.
 */
export async function addedOnMainLine(
  root: string,
  folder: string,
): Promise<{ added: Map<string, string>; order: Map<string, number> }> {
  const separator = '\x1e';
  const log = await git(root, [
    'log',
    '--first-parent',
    '--diff-filter=A',
    '--no-renames',
    '--name-only',
    `--format=${separator}%H`,
    '--',
    folder,
  ]);
  const added = new Map<string, string>();
  // Newest first: an older commit that added the same file (deleted and added again) wins.
  for (const block of log.split(separator).slice(1)) {
    const [commit = '', ...files] = block.split('\n').map((line) => line.trim());
    for (const file of files) if (file) added.set(file, commit);
  }
  const mainLine = (await git(root, ['rev-list', '--first-parent', '--reverse', 'HEAD'])).split('\n').filter(Boolean);
  return { added, order: new Map(mainLine.map((commit, index) => [commit, index])) };
}

/** What `npm run changes` and `npm run review` compare with by default: the latest publication (its tag). */
export async function latestPublicationRef(root: string): Promise<string> {
  return defaultSince((await git(root, ['tag', '--list'])).split('\n').filter(Boolean));
}
