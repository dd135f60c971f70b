/**
 * Runs before Sveltia CMS: its code has requests to other hosts built in (the
 * GitHub status page while the GitHub backend is configured, the CDN its UI
 * library falls back to). The editor page's policy (Content-Security-Policy)
 * would refuse them; refused here, they are never attempted at all, so the
 * browser's network log holds the dev server's requests only.
 */
const ownFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin !== location.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
    return Promise.reject(new TypeError(`the editor contacts no other host (${url.origin})`));
  }
  return ownFetch(input, init);
};

export {};
