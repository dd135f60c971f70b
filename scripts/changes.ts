/**
 * `npm run changes [-- --since REF]`: what the working copy changes compared
 * with a git ref, in plain language, for the reviewer of a publication:
 * measures added or removed, amounts and their effect on every subtotal and
 * the total, whether the declared total still matches, which files' Latvian
 * or English text changed and which translations that makes outdated.
 *
 * The ref defaults to the tag `published` (moved at each publication, see
 * docs/deployment.md), else the last commit.
 *
 * Usage: node scripts/changes.ts [--since REF] [--root DIR]
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { loadContent, type LoadedContent } from './loadContent.ts';
import { stampOf } from '#src/data/records.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { pickLanguage } from '#src/lib/language/pickLanguage.ts';
import { formatChanges, summariseChanges, type ContentSnapshot } from '#src/lib/history/summariseChanges.ts';
import { translationStatus } from '#src/lib/translation/translationStatus.ts';
import { parseMeasureId, parseSectionId } from '#src/lib/content/validateProgramme.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { since: { type: 'string' }, root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);

async function defaultRef(): Promise<string> {
  const tagged = await run('git', ['rev-parse', '--verify', '--quiet', 'refs/tags/published'], { cwd: root }).then(
    () => true,
    () => false,
  );
  return tagged ? 'published' : 'HEAD';
}

/** The content folder as it is at `ref`, unpacked into `dir` (git archive | tar). */
function extract(ref: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', ref, 'src/content'], { cwd: root });
    const tar = spawn('tar', ['-x', '-C', dir]);
    let failure = '';
    archive.stderr.on('data', (chunk: Buffer) => (failure += chunk.toString()));
    archive.stdout.pipe(tar.stdin);
    archive.on('close', (code) => {
      if (code !== 0) reject(new Error(`cannot read ${ref} from git: ${failure.trim()}`));
    });
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`cannot unpack ${ref}`))));
  });
}

/** Each language's part of a bilingual value, as one string per language. */
const byLanguage = (value: unknown): Partial<Record<string, string>> =>
  Object.fromEntries(localeCodes.map((lang) => [lang, JSON.stringify(pickLanguage(value, lang, localeCodes)) ?? '']));

function snapshot(content: LoadedContent, year: string): ContentSnapshot {
  const own = <T extends { id: string }>(entries: T[]) => entries.filter((e) => e.id.startsWith(`${year}/`));
  const originals = new Map(own(content.measures).map((m) => [parseMeasureId(m.id)?.slug, m]));
  const texts = new Map<string, Partial<Record<string, string>>>();
  for (const m of own(content.measures)) texts.set(m.filePath, { [defaultLocale]: stampOf(m) });
  for (const t of own(content.translations)) {
    const lang = parseMeasureId(t.id)?.lang ?? '';
    // The fingerprint is bookkeeping, not text: marking a translation done changes no text.
    texts.set(t.filePath, { [lang]: JSON.stringify([{ ...t.data, translates: undefined }, t.body.trim()]) });
  }
  for (const entry of [...content.programmes.filter((p) => p.id === year), ...own(content.sections)]) {
    texts.set(entry.filePath, byLanguage(entry.data));
  }
  for (const a of content.administrators) texts.set(`${a.filePath} › ${a.id}`, byLanguage(a.data));
  return {
    declaredTotal: content.programmes.find((p) => p.id === year)?.data.declaredTotal,
    measures: own(content.measures)
      .filter((m) => !m.data.draft)
      .map((m) => ({
        code: parseMeasureId(m.id)?.code ?? '',
        administrator: m.data.administrator.id,
        amount: m.data.funding.amount,
      })),
    sections: own(content.sections).map((s) => parseSectionId(s.id)?.code ?? ''),
    administrators: content.administrators.map((a) => a.id),
    texts,
    translationsCurrent: new Map(
      own(content.translations).map((t) => {
        const original = originals.get(parseMeasureId(t.id)?.slug);
        return [t.filePath, original !== undefined && translationStatus(stampOf(original), t.data) === 'current'];
      }),
    ),
  };
}

const ref = values.since ?? (await defaultRef());
const dir = await mkdtemp(path.join(tmpdir(), 'programme-changes-'));
try {
  await extract(ref, dir);
  const [before, after] = [await loadContent(dir), await loadContent(root)];
  for (const content of [before, after]) {
    if (content.problems.some((p) => p.level === 'error')) {
      console.log(
        `Note: ${content === before ? ref : 'the working copy'} has content errors (npm run check lists them); files it cannot read are left out below.`,
      );
    }
  }
  const money = (euro: number) => formatMoney(euro, 'lv').replace(/\s/g, ' ').replace(' €', ' EUR');
  console.log(`Changes in the working copy since ${ref}:`);
  const years = [...new Set([...before.programmes, ...after.programmes].map((p) => p.id))].sort();
  for (const year of years) {
    for (const line of formatChanges(year, summariseChanges(snapshot(before, year), snapshot(after, year)), money)) {
      console.log(line);
    }
  }
} catch (error) {
  console.log(`Error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
