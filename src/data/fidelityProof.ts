import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { checkFidelity, type FidelityResult } from '#src/lib/fidelity/checkFidelity.ts';
import { latvianFragments } from '#src/lib/fidelity/latvianFragments.ts';
import { sourceFile } from '#src/lib/fidelity/sourceFile.ts';

const proofs = new Map<number, Promise<FidelityResult>>();

/**
 * Checks one year's published Latvian content against its source text
 * (public/source/programme-<year>.lv.txt) with the same code as the fidelity
 * test, and fails the build if anything differs. What the pages then state
 * about it (the file's SHA-256) is what was actually checked.
 */
export function fidelityProof(year: number): Promise<FidelityResult> {
  // In `astro dev` every request checks again, so an edit shows at once.
  if (import.meta.env.DEV) return check(year);
  let proof = proofs.get(year);
  if (!proof) {
    proof = check(year);
    proofs.set(year, proof);
  }
  return proof;
}

async function check(year: number): Promise<FidelityResult> {
  // The build runs in the project's root (scripts/build.ts), as Astro's content loaders assume.
  const file = path.join(process.cwd(), 'public', sourceFile(year));
  const bytes = await readFile(file);
  // A programme's id is its year, and its sections' and measures' ids start with it (the path says so).
  const programme = (await getCollection('programmes')).find((p) => p.id === String(year));
  if (!programme) throw new Error(`No programme for ${year}`);
  const sections = await getCollection('sections', (s) => s.id.startsWith(`${programme.id}/`));
  const measures = await getCollection('measures', (m) => m.id.startsWith(`${programme.id}/`) && !m.data.draft);
  const fileOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;
  const result = checkFidelity(
    bytes,
    latvianFragments({
      programme: { file: fileOf(programme), data: programme.data },
      sections: sections.map((s) => ({ file: fileOf(s), data: s.data })),
      measures: measures.map((m) => ({ file: fileOf(m), data: m.data, body: m.body })),
    }),
  );
  if (!result.ok) {
    const missing = result.missing.map(
      (f) => `  ${f.file} › ${f.field}: “${f.text.slice(0, 80)}…” is not in the source`,
    );
    const leftover = result.leftover
      ? [`  the source has text the content lacks: “${result.leftover.slice(0, 200)}”`]
      : [];
    throw new Error(
      `The Latvian content of ${year} differs from ${path.relative(process.cwd(), file)}:\n${[...missing, ...leftover].join('\n')}`,
    );
  }
  return result;
}
