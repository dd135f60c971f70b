import { describe, expect, it } from 'vitest';
import { pageOfContentFile } from '#src/lib/content/pageOfContentFile.ts';

describe('pageOfContentFile', () => {
  it('finds the page of a measure in its own language', () => {
    expect(pageOfContentFile('src/content/measures/2023/en/2-1-2.mdx')).toEqual({
      year: 2023,
      code: '2.1.2',
      lang: 'en',
    });
  });

  it('finds the page of a section and of a programme, in any language', () => {
    expect(pageOfContentFile('src/content/sections/2023/2-1.yaml')).toEqual({
      year: 2023,
      code: '2.1',
      lang: undefined,
    });
    expect(pageOfContentFile('src/content/programmes/2023.yaml')).toEqual({
      year: 2023,
      code: undefined,
      lang: undefined,
    });
  });

  it('finds none for a file shown on many pages or none', () => {
    expect(pageOfContentFile('src/content/administrators.yaml')).toBeUndefined();
    expect(pageOfContentFile('src/content/measures/2023/2-1-2.mdx')).toBeUndefined();
  });
});
