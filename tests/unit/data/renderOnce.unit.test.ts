import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderOnce } from '#src/data/renderOnce.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('renderOnce', () => {
  it('renders each key once in a build and gives every later caller the same HTML', async () => {
    vi.stubEnv('DEV', false);
    const render = vi.fn(async () => '<p>Teksts</p>');
    const first = renderOnce('measures/2023/lv/9-9-1', render);
    const second = renderOnce('measures/2023/lv/9-9-1', render);
    expect(await Promise.all([first, second])).toEqual(['<p>Teksts</p>', '<p>Teksts</p>']);
    expect(render).toHaveBeenCalledTimes(1);
    expect(await renderOnce('translations/2023/en/9-9-1', async () => '<p>Text</p>')).toBe('<p>Text</p>');
  });

  it('renders afresh on every request in npm run dev, so an edit shows at once', async () => {
    vi.stubEnv('DEV', true);
    const render = vi.fn(async () => '<p>Teksts</p>');
    await renderOnce('measures/2023/lv/9-9-2', render);
    await renderOnce('measures/2023/lv/9-9-2', render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
