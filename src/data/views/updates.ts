/**
 * The updates page of a programme year (`/{lang}/{year}/updates/`): every
 * publication, newest first, with its note and what it changed, computed
 * (src/data/publications.ts): measures added and removed, every amount before
 * and after with the subtotals and total it moves, the texts changed in each
 * language as word-level diffs, the translations it made outdated and the
 * pages it changed.
 */
import { defaultLocale, locales, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { contentFile, parseContentPath } from '#src/lib/content/contentPath.ts';
import { inLanguage } from '#src/lib/language/localised.ts';
import type { Change } from '#src/lib/history/summariseChanges.ts';
import type { ParagraphChange } from '#src/lib/history/wordDiff.ts';
import { toCents } from '#src/lib/money/toCents.ts';
import { measureText } from '#src/data/measureText.ts';
import type { ProgrammeYear } from '#src/data/site.ts';
import type { Publication } from '#src/data/publications.ts';
import { yearContext, type Link, type YearContext } from './context.ts';
import { programmeView, type ProgrammeView } from './programme.ts';

/** An amount before and after, with what it is (a measure, a subsection, an administrator, the total). */
export interface AmountChange {
  label: string;
  href: string | undefined;
  from: number | undefined;
  to: number | undefined;
  /** True when it is the same before and after (the total, when amounts moved between measures). */
  unchanged: boolean;
}

export interface TextChange {
  /** The page the text is on (or the file's part, for a page no longer published). */
  label: string;
  href: string | undefined;
  /** The language of the text. */
  lang: Locale;
  langLabel: string;
  paragraphs: ParagraphChange[];
}

export interface UpdateView {
  /** The id of its entry on the page (`update-2024-03-05`). */
  anchor: string;
  headingId: string;
  date: Date;
  major: boolean;
  note: string;
  noteLang: Locale | undefined;
  /** The programme as first published: nothing changed before it. */
  first: boolean;
  /** False when the build had no history to compute the changes from. */
  computed: boolean;
  /** Computed, and nothing a reader sees changed (a change of layout or comments only). */
  nothingChanged: boolean;
  added: Link[];
  removed: string[];
  /**
   * Every amount that moved, in the order a reader follows it: the measures, the
   * subsections and chapters, the administrators, then the programme's total
   * (shown, unchanged, when amounts only moved between measures).
   */
  funding: AmountChange[];
  texts: TextChange[];
  outdated: Link[];
  /** Every page whose content it changed. */
  pages: Link[];
}

export interface UpdatesView {
  year: number;
  href: string;
  trail: Link[];
  /** Newest first; empty before the first publication. */
  updates: UpdateView[];
  /** The Atom feed of major publications in this language: only with a site address and a major publication. */
  feedHref: string | undefined;
  dataHref: string;
  /** The check of the Latvian text against the approved source, as every programme page shows it. */
  proof: ProgrammeView['proof'];
}

/** What a content file's change is shown as: the page it is on in this language, when there is one. */
function pageOf(ctx: YearContext, key: string): Link | undefined {
  const [file = '', item] = key.split(' › ');
  const parsed = parseContentPath(file);
  if (!parsed.ok) return undefined;
  const { kind, code } = parsed.path;
  const { year, locale } = ctx;
  if (kind === 'measure') {
    const measure = year.measures.find((m) => m.code === code);
    return (
      measure && { label: ctx.numbered(measure.code, measureText(measure, locale).title), href: ctx.part(measure.code) }
    );
  }
  if (kind === 'chapter' || kind === 'subsection') {
    const section = year.sections.find((s) => s.code === code);
    return section && { label: ctx.numbered(section.code, ctx.sectionTitle(section)), href: ctx.part(section.code) };
  }
  if (kind === 'programme')
    return { label: ctx.t('nav.programme', { year: year.year }), href: paths.year(locale, year.year) };
  if (kind === 'administrators') {
    const administrator = year.administrators.find((a) => a.id === item);
    return (
      administrator && {
        label: inLanguage(administrator.data.name, locale),
        href: paths.administrator(locale, year.year, administrator.id),
      }
    );
  }
  return undefined;
}

function updateView(ctx: YearContext, publication: Publication): UpdateView {
  const { year, locale, t } = ctx;
  const changes = publication.changes;
  const measureRow = (c: Change): AmountChange => {
    const page = pageOf(ctx, contentFile.measure(year.year, defaultLocale, c.name));
    return amountRow(page?.label ?? c.name, page?.href, c);
  };
  const sectionRow = (c: Change): AmountChange => {
    const section = year.sections.find((s) => s.code === c.name);
    return section
      ? amountRow(ctx.numbered(section.code, ctx.sectionTitle(section)), ctx.part(section.code), c)
      : amountRow(c.name, undefined, c);
  };
  const administratorRow = (c: Change): AmountChange => {
    const administrator = year.administrators.find((a) => a.id === c.name);
    return amountRow(
      administrator ? inLanguage(administrator.data.name, locale) : c.name,
      administrator && paths.administrator(locale, year.year, administrator.id),
      c,
    );
  };
  const moved =
    changes !== undefined && (changes.amounts.length > 0 || changes.added.length > 0 || changes.removed.length > 0);
  const pages = new Map<string, Link>();
  for (const key of changes?.files ?? []) {
    const page = pageOf(ctx, key);
    if (page) pages.set(page.href, page);
  }
  return {
    anchor: `update-${publication.slug}`,
    headingId: `update-${publication.slug}-heading`,
    nothingChanged: changes !== undefined && changes.files.length === 0,
    date: new Date(publication.date),
    major: publication.kind === 'major',
    ...ctx.noteOf(publication.note),
    first: publication.first,
    computed: publication.first || changes !== undefined,
    added: (changes?.added ?? []).flatMap((code) => {
      const measure = year.measures.find((m) => m.code === code);
      return measure ? [{ label: ctx.numbered(code, measureText(measure, locale).title), href: ctx.part(code) }] : [];
    }),
    removed: changes?.removed ?? [],
    funding: [
      ...(changes?.amounts ?? []).map(measureRow),
      ...(changes?.sections ?? []).map(sectionRow),
      ...(changes?.administrators ?? []).map(administratorRow),
      ...(changes && moved ? [amountRow(t('overview.total'), undefined, changes.total)] : []),
    ],
    texts: (changes?.texts ?? []).flatMap((text) => {
      const page = pageOf(ctx, text.file);
      return text.languages.map((lang) => ({
        label: page?.label ?? text.file,
        href: page?.href,
        lang: lang as Locale,
        langLabel: locales[lang as Locale].label,
        paragraphs: text.paragraphs[lang] ?? [],
      }));
    }),
    outdated: (changes?.outdated ?? []).flatMap((file) => {
      const page = pageOf(ctx, file);
      return page ? [page] : [];
    }),
    pages: [...pages.values()],
  };
}

const amountRow = (label: string, href: string | undefined, change: Change): AmountChange => ({
  label,
  href,
  from: change.from,
  to: change.to,
  unchanged: change.from !== undefined && change.to !== undefined && toCents(change.from) === toCents(change.to),
});

export function updatesView(year: ProgrammeYear, locale: Locale): UpdatesView {
  const ctx = yearContext(year, locale);
  const href = paths.updates(locale, year.year);
  return {
    year: year.year,
    href,
    trail: ctx.top,
    updates: year.publications.map((p) => updateView(ctx, p)).reverse(),
    feedHref: ctx.feedHref,
    dataHref: paths.files.updates(year.year),
    proof: programmeView(year, locale).proof,
  };
}
