/**
 * The editor page's script (`/edit/`, `npm run dev` only), bundled by Vite
 * with Sveltia CMS (src/editor/bundle.ts). It first shuts every other host
 * out, then says in Latvian why the editor cannot work here if it cannot, or
 * registers the content's file formats and starts the CMS with the
 * configuration the dev server generates from the schemas.
 */
import './guard.ts';
import CMS from '@sveltia/cms';
import { readContent, writeContent } from '#src/editor/contentFormat.ts';
import type { FormatRules } from '#src/editor/sveltiaConfig.ts';

interface Served {
  config: Record<string, unknown>;
  /** One file format per editor collection: its name, extension, body and rules. */
  formats: { name: string; extension: string; body: boolean; rules: FormatRules }[];
}

/** Sveltia offers "Work with Local Repository" only on this computer's own addresses, in a secure context. */
const isLocal = (hostname: string) => hostname === '127.0.0.1' || /^(.+\.)?localhost$/.test(hostname);

function show(id: string): void {
  document.getElementById(id)?.removeAttribute('hidden');
  document.getElementById('editor-loading')?.setAttribute('hidden', '');
}

if (!('showDirectoryPicker' in window)) show('editor-unsupported');
else if (!isLocal(location.hostname) || !window.isSecureContext) show('editor-not-local');
else {
  const served = (await (await fetch('/edit/config.json')).json()) as Served;
  for (const format of served.formats) {
    CMS.registerCustomFormat(format.name, format.extension, {
      fromFile: (text: string) => readContent(text, format.body, format.rules),
      toFile: (value: Record<string, unknown>) => writeContent(value, format.body, format.rules),
    });
  }
  document.getElementById('editor-loading')?.remove();
  await CMS.init({ config: served.config as never });
}
