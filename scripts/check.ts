/**
 * `npm run check`: everything short of a build, in the order that fails fastest
 * on the mistakes editors make:
 *   1. the schemas (`astro sync`): types, required and unknown fields, YAML;
 *   2. the content rules and MDX syntax (check-content.ts): references, twins, totals;
 *   3. the types of the code (`astro check`).
 * Every problem names the file, the line where it is known, the field and what
 * was expected. The last line of the output is a one-line summary.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkContent } from './check-content.ts';
import { readContent, type Parsed } from './readContent.ts';

const root = process.cwd();
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [astro, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Astro names the entry and the field of a schema error; add the file's path and line, as for every other problem. */
async function locateSchemaErrors(output: string): Promise<string[]> {
  const header = /(\w+) → (\S+) data does not match collection schema/.exec(output);
  if (!header) return [];
  const [, collection = '', id = ''] = header;
  let entry: Parsed | undefined;
  try {
    const content = await readContent(root);
    const pool: Parsed[] =
      collection === 'measures' ? content.measures : collection === 'sections' ? content.sections : content.programmes;
    entry = pool.find((candidate) => candidate.id === id);
  } catch {
    // A file that cannot be read at all: Astro's own message already says where.
  }
  const details = output.slice(header.index).split(/\n\s*Hint:/)[0] ?? '';
  return [...details.matchAll(/^\s{2}(\S+): (.+)$/gm)].map(([, rawField = '', rawMessage = '']) => {
    // Astro decorates the path with ** and repeats it ("funding**: **funding: Required").
    const field = rawField.replace(/\*/g, '');
    const message = rawMessage.replace(/^\*\*[^:]*: /, '');
    const unknown = /Unrecognized key: "(.+?)"/.exec(message);
    const name = unknown?.[1] ?? field;
    const line = entry?.lineOf(name);
    const file = entry?.file ?? `${collection} → ${id}`;
    const expected = unknown
      ? `unknown field "${name}"; expected only the fields described in docs/authoring.md`
      : /^Required$|received undefined/.test(message)
        ? 'missing: expected this required field (see docs/authoring.md)'
        : message;
    return `Error: ${file}${line ? `:${line}` : ''} › ${name}: ${expected}`;
  });
}

const sync = run(['sync']);
if (!sync.ok) {
  const located = await locateSchemaErrors(sync.output);
  console.log(sync.output.trim());
  if (located.length > 0) console.log(`\n${located.join('\n')}`);
  console.log('FAILED: the content does not match its schema (see the error above); nothing else was checked.');
  process.exit(1);
}

const report = await checkContent(root);
console.log(report.lines.join('\n'));
if (report.errors > 0) {
  console.log(report.summary);
  process.exit(1);
}

const types = run(['check', '--minimumSeverity', 'warning']);
const typeResult = /(\d+) errors?[\s\S]*?(\d+) warnings?/.exec(types.output);
if (!types.ok) {
  console.log(types.output.trim());
  console.log(`FAILED: the code has type errors (see above). ${report.summary.replace(/^OK: /, 'Content: ')}`);
  process.exit(1);
}
console.log(`types: ${typeResult ? `${typeResult[1]} errors, ${typeResult[2]} warnings` : 'checked'}`);
console.log(report.summary);
