import { describe, expect, it } from 'vitest';
import { checkFidelity } from '#src/lib/fidelity/checkFidelity.ts';
import { latvianFragments } from '#src/lib/fidelity/latvianFragments.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const source = '1.1. Palīdzība\nkrīzes gadījumos\n\nTeksts ar “:nosaukumu”.\n\nFinansējums – 8 000 euro\n';
const fragments = latvianFragments({
  programme: { file: 'p.yaml', data: {} },
  sections: [],
  measures: [{ file: 'lv/1-1.mdx', data: { title: 'Palīdzība krīzes gadījumos' }, body: 'Teksts ar\n“:nosaukumu”.' }],
});

describe('checkFidelity', () => {
  it('passes content that is the source, line breaks and structure aside', () => {
    const result = checkFidelity(bytes(source), fragments);
    expect(result).toMatchObject({ missing: [], leftover: '', ok: true });
  });

  it('names the file it checked by the SHA-256 of its bytes', () => {
    expect(checkFidelity(bytes('abc'), []).sha256).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('finds a text the source does not have', () => {
    const changed = latvianFragments({
      programme: { file: 'p.yaml', data: {} },
      sections: [],
      measures: [{ file: 'lv/1-1.mdx', data: { title: 'Palīdzība krīzes gadījumā' }, body: 'Teksts ar “:nosaukumu”.' }],
    });
    const result = checkFidelity(bytes(source), changed);
    expect(result.ok).toBe(false);
    expect(result.missing.map((f) => `${f.file} › ${f.field}`)).toEqual(['lv/1-1.mdx › title']);
  });

  it('finds source text the content lacks', () => {
    const result = checkFidelity(bytes(`${source}Vēl viens teikums.\n`), fragments);
    expect(result.ok).toBe(false);
    expect(result.leftover).toBe('Vēl viens teikums');
  });

  it('gives each text of the content its own place in the source, longest first', () => {
    const measure = (title: string, body: string) => ({ file: 'lv/1-1.mdx', data: { title }, body });
    const check = (text: string, title: string, body: string) =>
      checkFidelity(
        bytes(text),
        latvianFragments({ programme: { file: 'p.yaml', data: {} }, sections: [], measures: [measure(title, body)] }),
      );
    // “Bērni” may not take a piece of the longer text: its own occurrence is the second one.
    expect(check('Bērni un ģimenes. Bērni.', 'Bērni', 'Bērni un ģimenes.')).toMatchObject({ ok: true, leftover: '' });
    // Once the longer text has its place, the shorter one finds none left and the rest is reported.
    expect(check('Bērni un ģimenes. Citi.', 'Bērni', 'Bērni un ģimenes.')).toMatchObject({
      ok: false,
      leftover: 'Citi',
    });
  });

  it('reads Latvian text without language marks', () => {
    const marked = latvianFragments({
      programme: { file: 'p.yaml', data: {} },
      sections: [],
      measures: [
        { file: 'lv/1-1.mdx', data: { title: ':lv[Palīdzība] krīzes gadījumos' }, body: 'Teksts ar “:nosaukumu”.' },
      ],
    });
    expect(checkFidelity(bytes(source), marked).ok).toBe(true);
  });
});
