/**
 * The preview's problem list (`npm run dev` only): what `npm run check` says
 * about the files on disk, as the content check last found after every change
 * the file watcher reported (src/integrations/contentCheck.ts), so the list
 * follows each save without reading every file on every request. Astro's own
 * collections keep the last entry that passed its schema, so without this a
 * refused file would go on showing its old figures in silence.
 */
import path from 'node:path';
import { latestCheck } from '#src/check/latest.ts';
import { formatProblem, type Problem } from '#src/lib/content/problem.ts';

/** Every problem of the content under the project folder `astro dev` runs in. */
export async function previewProblems(): Promise<Problem[]> {
  try {
    return (await latestCheck(process.cwd())).problems;
  } catch (error) {
    // A file that cannot be read at all: the list says so instead of the page failing.
    return [
      {
        level: 'error',
        file: path.relative(process.cwd(), (error as { path?: string }).path ?? 'src/content'),
        field: '',
        message: error instanceof Error ? error.message : String(error),
      },
    ];
  }
}

/** The list the terminal last showed, so each list is printed once, not on every request. */
let lastReport: string | undefined;

/**
 * Prints the preview's problem list to the terminal when it differs from the
 * last one printed: the same list, in the same words, as the banner, from the
 * files on disk. (Astro's collections can lag a save, or keep an older entry
 * after one; the terminal must not say less than the page.)
 */
export function reportProblems(problems: Problem[]): void {
  const report = problems.map(formatProblem).join('\n');
  if (report === lastReport) return;
  const hadProblems = Boolean(lastReport);
  lastReport = report;
  for (const problem of problems) {
    if (problem.level === 'error') console.error(formatProblem(problem));
    else console.warn(formatProblem(problem));
  }
  if (problems.length === 0 && hadProblems) console.log('The content has no problems now.');
}
