/**
 * The preview's problem list (`npm run dev` only): what `npm run check` says
 * about the files on disk now, read on every request so the list follows each
 * save. Astro's own collections keep the last entry that passed its schema, so
 * without this a refused file would go on showing its old figures in silence.
 */
import path from 'node:path';
import { checkContent } from '../../scripts/checkContent.ts';
import type { Problem } from '../lib/validateProgramme.ts';

/** Every problem of the content under the project folder `astro dev` runs in. */
export async function previewProblems(): Promise<Problem[]> {
  try {
    return (await checkContent(process.cwd())).problems;
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
