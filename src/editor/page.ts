/**
 * The editor's page (`/edit/` in `npm run dev`) and its security policy,
 * which a dev middleware sends as a header (Astro applies its own policy to
 * built pages only). The policy allows the dev server and nothing else: the
 * CMS's scripts, fonts and data come from `/edit/` and the content from the
 * folder staff open; `'unsafe-inline'` styles are the CMS's own (Svelte
 * injects its component styles at run time).
 */
import type { Translate } from '#src/i18n/index.ts';

export const editorPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The page: the messages for a browser or an address the editor cannot work in, then the CMS's script. */
export function editorPage(t: Translate, address: string): string {
  const message = (id: string, title: string, text: string) =>
    `<section id="${id}" class="editor-message" role="alert" hidden><h1>${escape(title)}</h1><p>${escape(text)}</p></section>`;
  return `<!doctype html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t('editor.title'))}</title>
<link rel="stylesheet" href="/edit/page.css">
<script type="module" src="/edit/main.js"></script>
</head>
<body>
<noscript><p class="editor-message">${escape(t('editor.noScript'))}</p></noscript>
${message('editor-unsupported', t('editor.unsupported.title'), t('editor.unsupported.text'))}
${message('editor-not-local', t('editor.notLocal.title'), t('editor.notLocal.text', { address }))}
</body>
</html>
`;
}

/** The messages' look, in a file: the policy allows no inline style of the page's own. */
export const editorPageCss = `.editor-message { max-width: 40rem; margin: 3rem auto; padding: 0 1rem; font: 1.125rem/1.5 system-ui, sans-serif; }
.editor-message h1 { font-size: 1.5rem; }
`;
