/**
 * The content editor (Sveltia CMS, docs/decisions/0004-content-editor.md) in
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
                async configureServer(server) {
                  const { editorMiddleware } = await import('../editor/devServer.ts');
                  const handle = editorMiddleware(root);
                  // Put first in the stack after Astro has put its own there (its trailing-slash rule would refuse
                  // `/edit`): returned hooks run after every plugin's, in plugin order, and this plugin comes after Astro's.
                  return () => server.middlewares.stack.unshift({ route: '', handle: handle as never });
                },
              },
            ],
          },
        });
      },
    },
  };
}
