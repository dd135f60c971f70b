import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { mapConcurrent } from './mapConcurrent.ts';

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.xml', '.svg', '.txt']);
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** What a file was when it was compressed: a later write changes its modification time or size. */
type Stamp = `${bigint}:${bigint}`;

function fileStamp(file: string): Stamp {
  // Synchronous: thousands of stats in a row, each a round trip through libuv's busy threads otherwise.
  const { mtimeNs, size } = statSync(file, { bigint: true });
  return `${mtimeNs}:${size}`;
}

/** One file, both ways, written beside it; returns the file as it was before it was read. */
async function compress(file: string): Promise<Stamp> {
  const stamp = fileStamp(file);
  const content = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
    gz(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
  return stamp;
}

/** The output's compressible files, relative to it. Pagefind's are left alone: it compresses them itself. */
function compressibleFiles(outDir: string): string[] {
  // Synchronous: Node's asynchronous recursive listing took three times as long over ten thousand files.
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => compressible.has(path.extname(file)) && !file.startsWith(`pagefind${path.sep}`),
  );
}

/** Compresses `files` of `outDir`, a few at a time, and records each one's stamp in `done`. */
async function compressAll(outDir: string, files: string[], done: Map<string, Stamp>): Promise<void> {
  // A few files at a time: each compression holds its encoder's buffers, so starting them all
  // at once costs gigabytes at a thousand pages, and zlib has only a few threads anyway.
  await mapConcurrent(files, availableParallelism() * 2, async (file) => {
    done.set(file, await compress(path.join(outDir, file)));
  });
}

/**
 * Writes `.br` and `.gz` beside every compressible file, for servers that send
 * them as they are (nginx `brotli_static`/`gzip_static`).
 *
 * Two integrations, placed around the other build-done steps: the first starts
 * compressing the pages Astro has written and returns at once, so compression
 * runs on the second core while Pagefind indexes on the first (at 1 000
 * measures this hid about 3 s of the build). The last waits for it, then
 * compresses again every file that a step in between wrote or changed (the
 * search pages' preload hints, the sitemap), so every `.br` and `.gz` holds its
 * file's final bytes.
 *
 * Brotli at quality 6: on these pages quality 9 took 30 times as long for the
 * same size (measured: 26.9% of the HTML either way), and 11 longer still.
 * Both encoders give the same output for the same input, so builds stay
 * byte-reproducible.
 *
 * @example integrations: [start, pagefindIndex(), finish] where [start, finish] = precompress()
 */
export function precompress(): [AstroIntegration, AstroIntegration] {
  const done = new Map<string, Stamp>();
  let early: Promise<void> = Promise.resolve();
  const start: AstroIntegration = {
    name: 'precompress-start',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        done.clear();
        const files = compressibleFiles(outDir);
        early = compressAll(outDir, files, done);
        // Its error, if any, is reported when the last step waits for it.
        early.catch(() => undefined);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await early;
        const files = compressibleFiles(outDir);
        const changed = files.filter((file) => done.get(file) !== fileStamp(path.join(outDir, file)));
        await compressAll(outDir, changed, done);
        logger.info(
          `${files.length} files precompressed (.br, .gz); ${changed.length} written or changed by later steps, compressed after them.`,
        );
      },
    },
  };
  return [start, finish];
}
