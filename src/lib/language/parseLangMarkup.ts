/** Languages a quoted passage can be marked as (the site's two). */
export type PartLang = 'lv' | 'en';

/** A run of text; `lang` is set when the run is in another language than the text around it. */
export interface LangSegment {
  text: string;
  lang?: PartLang;
}

const OPENERS: Record<string, PartLang> = { ':lv[': 'lv', ':en[': 'en' };
const OPENER_LENGTH = 4;

/**
 * Splits a content string at its language-of-parts markup, `:lv[…]` or
 * `:en[…]`: the one inline syntax for a Latvian name quoted in English (or an
 * English one in Latvian), the same in YAML strings, frontmatter and MDX
 * bodies. Malformed markup throws, so the build stops instead of showing it.
 *
 * @example parseLangMarkup('the foundation “:lv[Centrs Dardedze]”')
 * // [{ text: 'the foundation “' }, { text: 'Centrs Dardedze', lang: 'lv' }, { text: '”' }]
 */
export function parseLangMarkup(text: string): LangSegment[] {
  const segments: LangSegment[] = [];
  // Every page's strings pass through here, most with no markup at all: jump from one possible opener to
  // the next instead of stepping through each character.
  let from = 0;
  for (let i = text.indexOf(':', from); i !== -1; i = text.indexOf(':', i + 1)) {
    const lang = OPENERS[text.slice(i, i + OPENER_LENGTH)];
    if (lang === undefined) continue;
    const start = i + OPENER_LENGTH;
    const end = text.indexOf(']', start);
    const inner = end === -1 ? '' : text.slice(start, end);
    if (end === -1 || inner.includes('[') || inner.trim() === '') {
      throw new Error(`Unclosed or empty language markup at “${text.slice(i, i + 40)}”: write :${lang}[text]`);
    }
    if (i > from) segments.push({ text: text.slice(from, i) });
    segments.push({ text: inner, lang });
    from = end + 1;
    i = end;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}
