/**
 * The authoring guide stays in step with the schemas: every field that
 * src/content.config.ts documents (a JSDoc line before it) is explained in
 * docs/authoring.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/projectCopy.ts';

const config = readFileSync(path.join(projectRoot, 'src/content.config.ts'), 'utf8');
const guide = readFileSync(path.join(projectRoot, 'docs/authoring.md'), 'utf8');
const fields = [
  ...new Set([...config.matchAll(/\/\*\*[^*]*?\*\/\s*\n\s*(\w+)(?::|,)/g)].map((m) => m[1] ?? '')),
].filter((name) => !['lv', 'en'].includes(name));

describe('docs/authoring.md', () => {
  it('finds the documented fields of the schemas', () => {
    expect(fields).toEqual(expect.arrayContaining(['code', 'funding', 'amount', 'results', 'draft', 'declaredTotal']));
  });

  it.each(fields)('explains the field `%s`', (field) => {
    expect(guide).toMatch(new RegExp(`^\\|\\s*\`${field}\`\\s*\\|`, 'm'));
  });

  it('is linked from the README', () => {
    expect(readFileSync(path.join(projectRoot, 'README.md'), 'utf8')).toContain('docs/authoring.md');
  });
});
