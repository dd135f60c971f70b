const rendered = new Map<string, Promise<string>>();

/**
 * The HTML `render` makes for `key`, made once per build: a measure's body
 * appears on its own page and again in the whole document, and the second
 * page reuses the first's HTML instead of rendering the MDX again (at 1 000
 * measures the document pages rendered 2 000 bodies a second time). In
 * `npm run dev` every request renders afresh, so an edit shows at once.
 *
 * @example await renderOnce('measures/2023/lv/2-1-2', () => Astro.slots.render('default'))
 */
export function renderOnce(key: string, render: () => Promise<string>): Promise<string> {
  if (import.meta.env.DEV) return render();
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = render()));
  return html;
}
