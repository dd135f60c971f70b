import { z } from 'astro/zod';
import type { Problem } from '#src/lib/content/problem.ts';

/** One step of a path into a value: a key or a list index. */
export type Segment = string | number;

/** The fields a schema allows at `at`, for "unknown field" messages. */
function allowedKeys(schema: z.ZodType, at: readonly Segment[]): string[] {
  let current: z.ZodType = schema;
  const unwrap = (s: z.ZodType): z.ZodType =>
    s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable
      ? unwrap(s.unwrap() as z.ZodType)
      : s;
  for (const segment of at) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

const has = (value: unknown, at: readonly Segment[]): boolean =>
  at.every((segment) => {
    if (value === null || typeof value !== 'object' || !(segment in value)) return false;
    value = (value as Record<string, unknown>)[String(segment)];
    return true;
  });

/**
 * The schema's complaints about one value, phrased with the field and what
 * was expected: zod's issues, with the field's line, an unknown field's
 * allowed neighbours, and "missing" for a required field that is not there.
 */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  file: string,
  lineOf: (at: readonly Segment[]) => number | undefined,
  prefix: readonly Segment[] = [],
): { data: unknown; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const at = issue.path.filter((segment): segment is Segment => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, at).join(', ');
      return issue.keys.map((key) => ({
        level: 'error',
        file,
        field: [...at, key].join('.'),
        line: lineOf([...prefix, ...at, key]),
        message: `unknown field "${key}"; expected only: ${allowed} (see docs/authoring.md)`,
      }));
    }
    const missing = !has(value, at);
    return [
      {
        level: 'error',
        file,
        field: at.join('.'),
        line: lineOf([...prefix, ...at]),
        message: missing ? 'missing: expected this required field (see docs/authoring.md)' : issue.message,
      },
    ];
  });
  return { data: undefined, problems };
}
