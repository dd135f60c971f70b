/**
 * Synthetic content for the benchmark, written through the project's own
 * content format so it passes `npm run check`: `years` programme years, each
 * with the four sections of the real programme and its share of `total`
 * measures per language. Text is the real measures' text, cycled, so pages
 * have realistic lengths in both languages.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { parseDocument } from 'yaml';
import { readContent } from '#src/check/readContent.ts';
import { sourceFile } from '#src/lib/fidelity/sourceFile.ts';
import { latvianFragments } from '#src/lib/fidelity/latvianFragments.ts';

export interface GeneratedContent {
  years: number[];
  measuresPerLanguage: number;
  /** Path of a measure page, the same at every size, for page-weight comparisons. */
  sampleMeasurePage: string;
}

interface Template {
  frontmatter: string;
  body: string;
}

/** Real measures of 2023, one template per measure and language. */
async function templates(root: string, lang: string): Promise<Template[]> {
  const dir = path.join(root, 'src/content/measures/2023', lang);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      const { rawFrontmatter, content } = parseFrontmatter(text);
      return { frontmatter: rawFrontmatter, body: content };
    }),
  );
}

/**
 * A source text for each synthetic year, so the build's fidelity check (src/lib/fidelity/checkFidelity.ts) passes
 * as it does for the real programme: the year's Latvian texts, read the way the build reads them.
 */
async function writeSources(target: string, years: number[]): Promise<void> {
  const content = await readContent(target);
  const text = (entry: { filePath: string; data: object; body: string }) => ({
    file: entry.filePath,
    data: entry.data,
    body: entry.body,
  });
  for (const year of years) {
    const programme = content.programmes.find((p) => p.id === String(year));
    if (!programme) throw new Error(`no programme for ${year}`);
    const fragments = latvianFragments({
      programme: text(programme),
      sections: content.sections.filter((s) => s.id.startsWith(`${year}/`)).map(text),
      measures: content.measures.filter((m) => m.id.startsWith(`${year}/`)).map(text),
    });
    const file = path.join(target, 'public', sourceFile(year));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${fragments.map((f) => f.text).join('\n')}\n`);
  }
}

/** Years of synthetic programmes for a size: several, at most 100 measures each. */
export function yearsFor(total: number): number[] {
  const count = Math.min(50, Math.max(2, Math.ceil(total / 100)));
  return Array.from({ length: count }, (_, i) => 2023 + i);
}

export async function generateContent(projectRoot: string, target: string, total: number): Promise<GeneratedContent> {
  const content = path.join(target, 'src/content');
  for (const folder of ['measures', 'sections', 'programmes'])
    await rm(path.join(content, folder), { recursive: true, force: true });
  const real = { lv: await templates(projectRoot, 'lv'), en: await templates(projectRoot, 'en') };
  const programme = await readFile(path.join(projectRoot, 'src/content/programmes/2023.yaml'), 'utf8');
  const sectionFiles = ['1', '2', '2-1', '2-2'];
  const years = yearsFor(total);
  // Measures go round the three sections that hold measures: 1, 2.1 and 2.2.
  const homes = [{ prefix: '1' }, { prefix: '2.1' }, { prefix: '2.2' }];

  for (const [y, year] of years.entries()) {
    const count = Math.floor(total / years.length) + (y < total % years.length ? 1 : 0);
    let cents = 0;
    const counters = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const home = homes[i % homes.length] ?? homes[0];
      if (!home) throw new Error('no section');
      const n = (counters.get(home.prefix) ?? 0) + 1;
      counters.set(home.prefix, n);
      const code = `${home.prefix}.${n}`;
      const amount = 1000 + ((i * 7919 + y * 104729) % 90) * 500 + (i % 7) * 0.25;
      cents += Math.round(amount * 100);
      for (const lang of ['lv', 'en'] as const) {
        const template = real[lang][(i + y) % real[lang].length];
        if (!template) throw new Error('no template');
        // The number, year and section are the file's path; the facts are the Latvian file's alone.
        const doc = parseDocument(template.frontmatter);
        doc.set('title', `${String(doc.get('title'))} (${year}/${code})`);
        if (lang === 'lv') {
          doc.set('administrator', i % 2 === 0 ? 'ministry' : 'inspectorate');
          doc.setIn(['funding', 'amount'], amount);
        }
        doc.delete('notes');
        const file = path.join(content, 'measures', String(year), lang, `${code.replaceAll('.', '-')}.mdx`);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, `---\n${doc.toString()}---${template.body}`);
      }
    }
    for (const name of sectionFiles) {
      const source = await readFile(path.join(projectRoot, 'src/content/sections/2023', `${name}.yaml`), 'utf8');
      const file = path.join(content, 'sections', String(year), `${name}.yaml`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, source);
    }
    const doc = parseDocument(programme);
    doc.set('declaredTotal', cents / 100);
    doc.setIn(['title', 'lv'], `Valsts programma bērna un ģimenes stāvokļa uzlabošanai ${year}.gadam`);
    doc.setIn(['title', 'en'], `State Programme for Improving the Situation of Children and Families for ${year}`);
    const file = path.join(content, 'programmes', `${year}.yaml`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, doc.toString());
  }
  await writeSources(target, years);
  return { years, measuresPerLanguage: total, sampleMeasurePage: `lv/${years[0]}/1-1/index.html` };
}
