import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '#src/check/checkContent.ts';
import { hasErrors, problemLines, reportLines } from '#src/check/report.ts';
import { rechecker } from '#src/check/latest.ts';
import { sharedCheck } from '#src/check/shared.ts';
import { contentRoot } from '#src/lib/content/contentPath.ts';

/** What the check reads besides the content: the approved source texts the Latvian is compared with. */
const sourceRoot = 'public/source';

/**
 * The content check of `npm run check` (src/check/) as part of Astro:
 *
 * - `astro build` checks the files before Astro reads them (only
 *   `astro:config:setup` runs that early). On bad content it prints exactly
 *   `npm run check`'s report — every problem as `file:line › field: message`,
 *   then the figures and the summary — and stops with a non-zero exit, before
 *   Astro's own content errors (one at a time, without a line) can appear.
 * - `astro dev` checks on start and again after every change the file watcher
 *   reports, and keeps the result for the preview's problem banner
 *   (src/middleware.ts), so a request never reads and compiles every file again.
 */
export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const checked = await checkContent(root);
        if (hasErrors(checked)) {
          for (const line of reportLines(checked)) console.log(line);
          // Exit here: a thrown error would add Astro's stack trace and an "unhandled error" line to the report.
          process.exit(1);
        }
        for (const line of problemLines(checked)) console.warn(line);
        sharedCheck().current = Promise.resolve(checked);
      },
      'astro:server:setup': ({ server }) => {
        const recheck = rechecker(root);
        void recheck();
        const watched = [contentRoot, sourceRoot].map((folder) => path.join(root, folder) + path.sep);
        server.watcher.on('all', (_event, file) => {
          if (watched.some((folder) => file.startsWith(folder))) void recheck();
        });
      },
    },
  };
}
