/**
 * The content editor (Sveltia CMS, docs/decisions/0001-content-editor.md) in
 * `npm run dev` only: a handler of `/edit/…` added to the dev server. In a
 * build the hook does nothing and nothing of the editor is imported, so the
 * site is byte for byte the same with or without the editor installed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function contentEditor(): AstroIntegration {
  return {
    name: 'content-editor',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-editor',
                // Before Astro's own handlers (a plugin's `configureServer` runs first), so `/edit/` is the editor's.
                async configureServer(server) {
                  const { editorMiddleware } = await import('../editor/devServer.ts');
                  server.middlewares.use(editorMiddleware(root));
                },
              },
            ],
          },
        });
      },
    },
  };
}
