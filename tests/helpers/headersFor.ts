/**
 * The headers a `_headers` file gives one address, as Netlify and Cloudflare
 * Pages apply it: every rule that matches (exact, or a `*` splat) adds its headers.
 */
export function headersFor(file: string, address: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const block of file.split(/\n\s*\n/)) {
    const [rule = '', ...lines] = block.split('\n');
    const pattern = new RegExp(
      `^${rule
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (!pattern.test(address)) continue;
    for (const line of lines) {
      const at = line.indexOf(':');
      if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}
