import { createHash } from 'node:crypto';
import type { Fragment } from './latvianFragments.ts';

/** What checking the content against its source found. */
export interface FidelityResult {
  /** SHA-256 of the source file's bytes, hex: the exact file that was checked. */
  sha256: string;
  /** Latvian texts of the content that do not occur verbatim in the source. */
  missing: Fragment[];
  /** What is left of the source once every text and all structure are taken out; '' when nothing is missing. */
  leftover: string;
  /** True when nothing is missing in either direction. */
  ok: boolean;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The parts of the source the site shows as structure rather than as text:
 * the derived administrators list, funding lines, labels, numbers, markers.
 */
const STRUCTURE = [
  /\d\) \S+ nodrošina un administrē valsts programmas .+? apakšnodaļā noteiktos pasākumus[;.]/g,
  /Valsts programmas kopējais finansējums – [\d ]+ euro/g,
  /Finansējums\s*[–:]\s*[\d ]+? euro/g,
  /Mērķi:|Uzdevumi:|Rezultāts:/g,
  /\b\d+(\.\d+)*\.(?= |$)/g, // headings and numbered results: "2.1.3." "1."
  /\b\d+\)(?= |$)/g, // list markers: "1)"
];

/**
 * Checks the Latvian content against the source text in both directions:
 * every fragment occurs in the source verbatim (only line breaks removed), and
 * once they are all taken out, nothing of the source is left but structure.
 * The fidelity test and the build both call this, and the site shows the
 * `sha256` it returns, so a reader can verify which file was checked.
 *
 * @example checkFidelity(readFileSync('public/source/programme-2023.lv.txt'), fragments).ok
 */
export function checkFidelity(sourceBytes: Uint8Array, fragments: readonly Fragment[]): FidelityResult {
  const sha256 = createHash('sha256').update(sourceBytes).digest('hex');
  const source = collapse(new TextDecoder('utf-8', { fatal: true }).decode(sourceBytes));
  const missing = fragments.filter((f) => !source.includes(f.text));
  let rest = withoutFragments(source, fragments);
  for (const pattern of STRUCTURE) rest = rest.replace(pattern, ' ');
  const leftover = rest.replace(/[¶\s;.,:]+/g, ' ').trim();
  return { sha256, missing, leftover, ok: missing.length === 0 && leftover === '' };
}

/**
 * The source with each fragment's first occurrence that no longer fragment
 * has taken already replaced by a mark, longest fragments first (so a short
 * text cannot take a piece of a longer one). The same result as replacing
 * them one by one in the string, without copying the whole source once per
 * fragment: a year of a thousand measures made that a visible part of a build.
 */
function withoutFragments(source: string, fragments: readonly Fragment[]): string {
  const taken: { start: number; end: number }[] = []; // sorted by start, never overlapping
  /** Where a range starting at `start` would go in `taken`. */
  const slot = (start: number) => {
    let low = 0;
    let high = taken.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((taken[middle]?.start ?? 0) < start) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const texts = fragments.map((f) => f.text).filter((text) => text !== '');
  for (const text of texts.sort((a, b) => b.length - a.length)) {
    for (let start = source.indexOf(text); start !== -1; start = source.indexOf(text, start + 1)) {
      const end = start + text.length;
      const at = slot(start);
      const before = taken[at - 1];
      const after = taken[at];
      if ((before && before.end > start) || (after && after.start < end)) continue;
      taken.splice(at, 0, { start, end });
      break;
    }
  }
  let rest = '';
  let from = 0;
  for (const { start, end } of taken) {
    rest += `${source.slice(from, start)} ¶ `;
    from = end;
  }
  return rest + source.slice(from);
}
