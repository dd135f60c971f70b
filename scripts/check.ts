/**
 * `npm run check`: every content file against its place and schema, every body
 * through the MDX compiler, every content rule and the Latvian text against
 * its approved source, in one pass and without Astro or a type check (that is
 * `npm run typecheck`). Every problem is listed, each with file, line, field
 * and what was expected; then the figures staff compare with the approved
 * document; the last line is a one-line summary (src/check/report.ts).
 *
 * Usage: node scripts/check.ts [--root DIR]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '#src/check/checkContent.ts';
import { hasErrors, reportLines } from '#src/check/report.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const checked = await checkContent(path.resolve(values.root)).catch((error: unknown) => {
  // A file that cannot be read at all (a missing administrators.yaml, say): say so plainly, without a stack trace.
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  console.log('FAILED: the content could not be read; nothing was checked.');
  process.exit(1);
});
for (const line of reportLines(checked)) console.log(line);
process.exitCode = hasErrors(checked) ? 1 : 0;
