import { render, type CollectionEntry } from 'astro:content';
import type { Problem } from '#src/lib/content/problem.ts';

/** The collections whose entries have a body to render. */
type Renderable = CollectionEntry<'measures' | 'translations' | 'pages'>;
type Rendered = Awaited<ReturnType<typeof render>>;
/** A rendered MDX body, to place with `<Content components={…} />`. */
export type RenderedBody = Rendered['Content'];

/**
 * An entry's rendered body. In a build a body that cannot be rendered stops
 * it, as always; in `npm run dev` the error joins the page's problem banner
 * (with the file and, when the compiler gives it, the line) and the page goes
 * on without the body, so the preview is never lost mid-edit.
 */
export async function renderEntry(entry: Renderable, problems: Problem[]): Promise<Rendered['Content'] | undefined> {
  try {
    return (await render(entry)).Content;
  } catch (error) {
    if (!import.meta.env.DEV) throw error;
    // Astro's and the MDX compiler's errors carry the place as data (`loc`), not only in the text.
    const place = error as { loc?: { line?: number } };
    const file = entry.filePath ?? entry.id;
    // A syntax error `npm run check` already lists (with its line) need not be listed twice.
    if (problems.some((p) => p.file === file && p.field === 'body')) return undefined;
    problems.push({
      level: 'error',
      file,
      field: 'body',
      line: place.loc?.line,
      message: `the text cannot be shown: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}
