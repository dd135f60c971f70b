/**
 * When each content file last changed, from the git history: one `git log`
 * for all of them, so a page's "last updated" date is the latest of its
 * files'. Never the build time, so two builds of one commit stay identical.
 * Without a full history (a tarball, a shallow clone) there are no dates,
 * rather than wrong ones: a warning, and a failure in CI, where the deployment
 * must have them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { commitSeparator, parseGitLog } from '#src/lib/history/parseGitLog.ts';

const run = promisify(execFile);

/** Runs git in `root`; undefined when git or a repository is missing. */
async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    // UTC, so dates written by people in other time zones compare as text.
    const { stdout } = await run('git', args, { cwd: root, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 << 20 });
    return stdout;
  } catch {
    return undefined;
  }
}

/** File (relative to `root`, as entries' `filePath`) → ISO date of its last commit; empty without a full history. */
export async function contentDates(root: string, { strict }: { strict: boolean }): Promise<Map<string, string>> {
  const shallow = await git(root, ['rev-parse', '--is-shallow-repository']);
  const reason =
    shallow === undefined ? 'no git history' : shallow.trim() === 'true' ? 'a shallow git clone' : undefined;
  if (reason === undefined) {
    const log = await git(root, [
      'log',
      '--no-renames',
      '--relative',
      '--name-only',
      `--format=format:${commitSeparator}%cd`,
      '--date=format-local:%Y-%m-%dT%H:%M:%SZ',
      '--',
      'src/content',
    ]);
    if (log !== undefined) return parseGitLog(log);
  }
  const message = `No "last updated" dates: ${reason ?? 'git log failed'}. Build from a full clone (git fetch --unshallow) to show them.`;
  // CI publishes the site, which must have its dates.
  if (strict && process.env['CI']) throw new Error(message);
  console.warn(`Warning: ${message}`);
  return new Map();
}
