import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt']);
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `.br` and `.gz` beside every compressible file, for servers that send
 * them as they are (nginx `brotli_static`/`gzip_static`). Pagefind's files are
 * left alone: it compresses them itself. Brotli at quality 9 costs a fraction
 * of quality 11's time for nearly the same size; both outputs are the same for
 * the same input, so builds stay byte-reproducible. zlib works on its own
 * threads, so the files are compressed in parallel.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true })).filter(
          (file) => compressible.has(path.extname(file)) && !file.startsWith(`pagefind${path.sep}`),
        );
        await Promise.all(
          files.map(async (file) => {
            const full = path.join(outDir, file);
            const content = await readFile(full);
            const [br, gzipped] = await Promise.all([
              brotli(content, {
                params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
              }),
              gz(content, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gzipped)]);
          }),
        );
        logger.info(`${files.length} files precompressed (.br, .gz).`);
      },
    },
  };
}
