/**
 * The editor's file format writes what a careful person would: every content
 * file read and written back unchanged is byte for byte the same, changing one
 * value changes only its lines, a field the file leaves out stays out while it
 * holds its default, and a new file is written as the files are.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, SOURCE_KEY, writeContent } from '#src/editor/contentFormat.ts';
import { editorSetup } from '#src/editor/editorSetup.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

const setup = editorSetup(projectRoot, 'http://localhost:4321');
// A file whose name starts with `_` is not content (a folder's README): no collection reads it.
const files = execFileSync('git', ['ls-files', 'src/content'], { cwd: projectRoot, encoding: 'utf8' })
  .trim()
  .split('\n')
  .filter((file) => !path.basename(file).startsWith('_'));

/** The editor collection of a content file, and its format's rules. */
function formatOf(file: string) {
  const collection = setup.collections.find((c) =>
    c.layout.kind === 'list' ? c.layout.file === file : file.startsWith(`${c.layout.path}/`),
  );
  if (!collection) throw new Error(`no editor collection for ${file}`);
  return { body: collection.body, rules: setup.rules[collection.name] ?? { omittable: {}, nullable: [] } };
}

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

/** What Sveltia CMS does around a format: it passes the text trimmed and ends what it gets with one line break. */
const roundTrip = (file: string, change: (data: Record<string, unknown>) => void = () => undefined) => {
  const { body, rules } = formatOf(file);
  const data = readContent(read(file).trim(), body, rules);
  change(data);
  return writeContent(data, body, rules);
};

const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length, 'the same number of lines').toBe(a.length);
  return b.flatMap((line, i) => (line === a[i] ? [] : [[a[i], line]]));
};

describe('the editor file format', () => {
  it('covers every content file', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(() => formatOf(file), file).not.toThrow();
  });

  it.each(files)('writes %s back byte for byte when nothing changed', (file) => {
    expect(roundTrip(file)).toBe(read(file));
  });

  it('changes only the lines of the changed values, in their own quoting', () => {
    const latvian = 'src/content/measures/2023/lv/1-1.mdx';
    const out = roundTrip(latvian, (data) => {
      (data['funding'] as Record<string, unknown>)['amount'] = 8001;
      data['administrator'] = 'ministry';
    });
    expect(changedLines(read(latvian), out)).toEqual([
      ['administrator: inspectorate', 'administrator: ministry'],
      ['  amount: 8000', '  amount: 8001'],
    ]);
    const english = 'src/content/measures/2023/en/1-1.mdx';
    const title = 'Provision of assistance in crisis cases';
    const retitled = roundTrip(english, (data) => (data['title'] = `${title} – “:lv[Bērni]”`));
    expect(changedLines(read(english), retitled)).toEqual([[`title: "${title}"`, `title: "${title} – “:lv[Bērni]”"`]]);
  });

  it('leaves the body, its line breaks and its :lv[…] marks untouched unless the body itself changed', () => {
    const file = 'src/content/measures/2023/en/2-1-2.mdx';
    const text = read(file);
    expect(text).toContain(':lv[');
    const out = roundTrip(file, (data) => (data['title'] = 'Other'));
    expect(out.slice(out.indexOf('\n---\n'))).toBe(text.slice(text.indexOf('\n---\n')));
    const edited = roundTrip(
      file,
      (data) => (data['body'] = `${String(data['body']).trimEnd()}\n\nOne more paragraph.`),
    );
    expect(edited).toBe(`${text.trimEnd()}\n\nOne more paragraph.\n`);
  });

  it('keeps a field the file leaves out out while it holds its default, and writes it once it does not', () => {
    const file = 'src/content/measures/2023/lv/1-1.mdx';
    const { body, rules } = formatOf(file);
    const data = readContent(read(file), body, rules);
    // The editor shows what the site reads: no draft line is no draft.
    expect(data['draft']).toBe(false);
    expect(writeContent({ ...data, draft: false }, body, rules)).toBe(read(file));
    const drafted = writeContent({ ...data, draft: true }, body, rules);
    expect(drafted).toContain('\ndraft: true\n---\n');
    // An emptied optional text is taken out, as a person would delete the line.
    const english = 'src/content/measures/2023/en/1-2.mdx';
    const withNote = readContent(read(english), true, formatOf(english).rules);
    expect(read(english)).toContain('funding:\n  note:');
    const cleared = writeContent({ ...withNote, funding: { note: '' } }, true, formatOf(english).rules);
    expect(cleared).not.toContain('funding:');
  });

  it('keeps comments and unquoted values of a hand-written file', () => {
    const file = 'src/content/administrators.yaml';
    const out = roundTrip(file, (data) => {
      const items = data['items'] as { shortName: { en: string } }[];
      if (items[0]) items[0].shortName.en = 'the Welfare Ministry';
    });
    expect(changedLines(read(file), out)).toEqual([['    en: the Ministry', '    en: the Welfare Ministry']]);
    expect(out.startsWith('# ')).toBe(true);
  });

  it('writes a new measure as npm run new:measure would: quoted text, defaults left out, the draft line', () => {
    const { body, rules } = formatOf('src/content/measures/2023/lv/1-1.mdx');
    const created = writeContent(
      {
        title: 'Pasākuma nosaukums',
        administrator: 'ministry',
        funding: { amount: 0, note: '' },
        results: ['Sagaidāmais rezultāts.'],
        notes: [],
        draft: true,
        translates: '',
        body: 'Pasākuma apraksts.',
      },
      body,
      rules,
    );
    expect(created).toBe(
      '---\ntitle: "Pasākuma nosaukums"\nadministrator: "ministry"\nfunding:\n  amount: 0\nresults:\n  - "Sagaidāmais rezultāts."\ndraft: true\n---\n\nPasākuma apraksts.\n',
    );
  });

  it('keeps the text it read, for the next save, under a key that is never written', () => {
    const file = 'src/content/programmes/2023.yaml';
    const { body, rules } = formatOf(file);
    const data = readContent(read(file), body, rules);
    expect(data[SOURCE_KEY]).toBe(read(file));
    expect(roundTrip(file, (d) => ((d['approval'] as Record<string, unknown>)['day'] = ''))).toBe(read(file));
    expect(writeContent(data, body, rules)).not.toContain(SOURCE_KEY);
  });
});
