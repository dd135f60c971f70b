import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { mapConcurrent } from '../lib/mapConcurrent.ts';

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt']);
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** One file, both ways, written beside it. */
async function compress(file: string): Promise<void> {
  const content = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
    gz(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
}

/**
 * Writes `.br` and `.gz` beside every compressible file, for servers that send
 * them as they are (nginx `brotli_static`/`gzip_static`). Pagefind's files are
 * left alone: it compresses them itself. Brotli at quality 6: on these pages
 * quality 9 took 30 times as long for the same size (measured: 26.9% of the
 * HTML either way), and 11 longer still. Both encoders give the same output for
 * the same input, so builds stay byte-reproducible.
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
        // A few files at a time: each compression holds its encoder's buffers, so starting them all
        // at once costs gigabytes at a thousand pages, and zlib has only a few threads anyway.
        await mapConcurrent(files, availableParallelism() * 2, (file) => compress(path.join(outDir, file)));
        logger.info(`${files.length} files precompressed (.br, .gz).`);
      },
    },
  };
}
