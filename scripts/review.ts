/**
 * `npm run review -- [--since REF] [--preview-url URL] --out DIR`: the report a
 * second person reads before approving a publication (src/data/reviewReport.ts),
 * written as DIR/review.md (for a merge-request comment) and DIR/review.html
 * (one self-contained page). REF defaults to the latest publication (its `publication/…` tag). Exits 1
 * when the content check fails, so CI shows it; warnings do not fail it.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { reviewHtml, reviewMarkdown } from '#src/data/reviewDocuments.ts';
import { reviewReport } from '#src/data/reviewReport.ts';
import { latestPublicationRef } from '#src/data/gitContent.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    since: { type: 'string' },
    'preview-url': { type: 'string' },
    out: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});
if (!values.out) {
  console.error('Usage: npm run review -- [--since REF] [--preview-url URL] --out DIR');
  process.exit(2);
}
const root = path.resolve(values.root);

const since = values.since ?? (await latestPublicationRef(root));
const commit = (await run('git', ['rev-parse', '--verify', `${since}^{commit}`], { cwd: root })).stdout.trim();
const preview = values['preview-url'] ? new URL(values['preview-url']) : undefined;
const report = await reviewReport(root, since, commit);
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'review.md'), reviewMarkdown(report, preview));
await writeFile(path.join(out, 'review.html'), reviewHtml(report, preview));
for (const warning of report.warnings) console.log(`Warning: ${warning}`);
console.log(`Wrote ${path.join(values.out, 'review.md')} and ${path.join(values.out, 'review.html')}.`);
if (!report.check.ok) process.exitCode = 1;
