/**
 * The review report as Markdown (for a merge-request comment) and as one
 * self-contained HTML page (no script, no other file): the same sections in
 * the same order.
 */
import type { ParagraphChange } from '#src/lib/history/wordDiff.ts';
import type { ReviewReport } from './reviewReport.ts';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A changed paragraph in Markdown: removed words struck through, added ones in bold. */
const markdownDiff = (change: ParagraphChange) =>
  change.parts
    .map((part) =>
      part.change === 'added' ? `**${part.text}**` : part.change === 'removed' ? `~~${part.text}~~` : part.text,
    )
    .join('');

const htmlDiff = (change: ParagraphChange) =>
  change.parts
    .map((part) =>
      part.change === 'added'
        ? `<ins><span class="vh">added: </span>${escapeHtml(part.text)}</ins>`
        : part.change === 'removed'
          ? `<del><span class="vh">removed: </span>${escapeHtml(part.text)}</del>`
          : escapeHtml(part.text),
    )
    .join('');

const previewLink = (preview: URL | undefined, address: string) =>
  preview ? new URL(address, preview).href : undefined;

export function reviewMarkdown(report: ReviewReport, preview: URL | undefined): string {
  const out: string[] = [`# Review of the change since ${report.since}`, ''];
  out.push(`## Content check: ${report.check.ok ? 'passed' : 'FAILED'}`, '', '```', ...report.check.lines, '```', '');
  for (const warning of report.warnings) out.push(`> **Warning:** ${warning}`, '');
  out.push('## Change note', '');
  if (report.notes.length === 0) out.push('No change note is added by this change.', '');
  for (const note of report.notes) {
    out.push(`- \`${note.file}\` (${note.kind})`);
    for (const [lang, text] of Object.entries(note.note)) out.push(`  - ${lang}: ${text}`);
  }
  out.push('');
  for (const year of report.years) {
    out.push(`## Programme ${year.year}`, '', '```', ...year.lines, '```', '');
    if (year.amendment) {
      out.push(
        `Figures or Latvian text change, which amends the approved programme unless only an editorial note changed: ${year.sourceFile} ${year.sourceChanged ? 'is replaced in this change' : 'is not replaced in this change'}.`,
        '',
      );
    }
    if (year.summary.texts.length > 0) out.push('### Texts, word by word', '');
    for (const text of year.summary.texts) {
      for (const lang of text.languages) {
        out.push(`#### ${text.file} (${lang})`, '');
        for (const change of text.paragraphs[lang] ?? []) out.push(`- ${markdownDiff(change)}`);
        out.push('');
      }
    }
    if (year.pages.length > 0) {
      out.push('### Pages whose content changes', '');
      for (const page of year.pages) {
        const links = page.addresses.map((a) => {
          const href = previewLink(preview, a);
          return href ? `[${a}](${href})` : `\`${a}\``;
        });
        out.push(`- ${page.label}${links.length > 0 ? `: ${links.join(', ')}` : ''}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function reviewHtml(report: ReviewReport, preview: URL | undefined): string {
  const e = escapeHtml;
  const body: string[] = [`<h1>Review of the change since ${e(report.since)}</h1>`];
  body.push(
    `<h2>Content check: ${report.check.ok ? 'passed' : 'FAILED'}</h2>`,
    `<pre>${e(report.check.lines.join('\n'))}</pre>`,
  );
  for (const warning of report.warnings) body.push(`<p class="warning"><strong>Warning:</strong> ${e(warning)}</p>`);
  body.push('<h2>Change note</h2>');
  body.push(
    report.notes.length === 0
      ? '<p>No change note is added by this change.</p>'
      : `<ul>${report.notes
          .map(
            (n) =>
              `<li><code>${e(n.file)}</code> (${e(n.kind)})<ul>${Object.entries(n.note)
                .map(([lang, text]) => `<li lang="${e(lang)}">${e(lang)}: ${e(text)}</li>`)
                .join('')}</ul></li>`,
          )
          .join('')}</ul>`,
  );
  for (const year of report.years) {
    body.push(`<h2>Programme ${year.year}</h2>`, `<pre>${e(year.lines.join('\n'))}</pre>`);
    if (year.amendment) {
      body.push(
        `<p>Figures or Latvian text change, which amends the approved programme unless only an editorial note changed: <code>${e(year.sourceFile)}</code> ${year.sourceChanged ? 'is replaced in this change' : '<strong>is not replaced in this change</strong>'}.</p>`,
      );
    }
    if (year.summary.texts.length > 0) body.push('<h3>Texts, word by word</h3>');
    for (const text of year.summary.texts) {
      for (const lang of text.languages) {
        body.push(`<h4>${e(text.file)} (${e(lang)})</h4>`);
        for (const change of text.paragraphs[lang] ?? []) body.push(`<p lang="${e(lang)}">${htmlDiff(change)}</p>`);
      }
    }
    if (year.pages.length > 0) {
      body.push('<h3>Pages whose content changes</h3><ul>');
      for (const page of year.pages) {
        const links = page.addresses.map((a) => {
          const href = previewLink(preview, a);
          return href ? `<a href="${e(href)}">${e(a)}</a>` : `<code>${e(a)}</code>`;
        });
        body.push(`<li>${e(page.label)}${links.length > 0 ? `: ${links.join(', ')}` : ''}</li>`);
      }
      body.push('</ul>');
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review of the change since ${e(report.since)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
pre { background: #f3f2f1; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; }
ins { background: #cce2d8; text-decoration: underline; }
del { background: #f4cdc6; }
.warning { border-left: 0.3rem solid #d4351c; padding-left: 0.75rem; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
