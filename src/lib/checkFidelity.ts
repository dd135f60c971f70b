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
  let rest = source;
  for (const { text } of [...fragments].sort((a, b) => b.text.length - a.text.length)) {
    rest = rest.replace(text, ' ¶ ');
  }
  for (const pattern of STRUCTURE) rest = rest.replace(pattern, ' ');
  const leftover = rest.replace(/[¶\s;.,:]+/g, ' ').trim();
  return { sha256, missing, leftover, ok: missing.length === 0 && leftover === '' };
}
