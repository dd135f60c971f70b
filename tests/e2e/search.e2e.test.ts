/**
 * Search on the built site, as readers type: with and without diacritics, in
 * any grammatical form, names and numbers. Each query must bring its measure
 * into the first three results.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { at } from './site.ts';

const queries: Record<'lv' | 'en', [query: string, measure: string][]> = {
  lv: [
    ['mentors', '2-2-1'],
    ['mentoru', '2-2-1'],
    ['mentori', '2-2-1'],
    ['jaunieši mentors', '2-2-1'],
    ['jauniešiem', '2-2-1'],
    ['Dardedze', '2-2-2'],
    ['Dardedzes', '2-2-2'],
    ['Džimba', '2-2-2'],
    ['Dzimbas', '2-2-2'],
    ['Džimbas drošības skoliņa', '2-2-2'],
    ['Kuldīgā', '2-2-2'],
    ['Kuldiga', '2-2-2'],
    ['Alūksnē', '2-2-2'],
    ['aluksne', '2-2-2'],
    ['seksuālā vardarbība', '2-2-2'],
    ['pirmsskolas', '2-2-2'],
    ['116111', '2-1-3'],
    ['116111', '1-1'],
    ['uzticības tālrunis', '2-1-3'],
    ['uzticibas talruni', '2-1-3'],
    ['aplikācija', '2-1-3'],
    ['krīzes komanda', '1-1'],
    ['krizes intervence', '1-1'],
    ['suicīds', '1-1'],
    ['vardarbības datu monitorings', '1-2'],
    ['pētījums vardarbība', '1-2'],
    ['Baltic Institute', '1-2'],
    ['65 999,45', '1-2'],
    ['ārpusģimenes aprūpe', '1-3'],
    ['arpusgimenes aprupes sistema', '1-3'],
    ['adopcija', '1-3'],
    ['ANO konvencija', '1-4'],
    ['bērnu līdzdalība', '1-4'],
    ['Draudzīga skola', '2-3'],
    ['draudziga skola', '2-3'],
    ['forumi', '2-3'],
    ['konference', '2-1-2'],
    ['emocionālā vardarbība', '2-1-2'],
    ['bērnu drošība', '2-1-1'],
    ['videoklipi', '2-1-1'],
  ],
  en: [
    ['mentor', '2-2-1'],
    ['mentors', '2-2-1'],
    ['mentoring', '2-2-1'],
    ['young people', '2-2-1'],
    ['life skills', '2-2-1'],
    ['Dardedze', '2-2-2'],
    ['Džimba', '2-2-2'],
    ['Dzimba', '2-2-2'],
    ['Kuldīga', '2-2-2'],
    ['Kuldiga', '2-2-2'],
    ['Alūksne', '2-2-2'],
    ['preschool', '2-2-2'],
    ['pre-school', '2-2-2'],
    ['sexual abuse', '2-2-2'],
    ['116111', '2-1-3'],
    ['helpline', '2-1-3'],
    ['helplines', '2-1-3'],
    ['e-consultations', '2-1-3'],
    ['crisis team', '1-1'],
    ['crisis intervention', '1-1'],
    ['psychologists', '1-1'],
    ['violence data monitoring', '1-2'],
    ['Baltic Institute', '1-2'],
    ['out-of-family care', '1-3'],
    ['out of family care', '1-3'],
    ['outoffamily', '1-3'],
    ['adoption', '1-3'],
    ['foster families', '1-3'],
    ['UN Convention', '1-4'],
    ['participation', '1-4'],
    ['Friendly School', '2-3'],
    ['forums', '2-3'],
    ['conference', '2-1-2'],
    ['emotional abuse', '2-1-2'],
    ['child safety', '2-1-1'],
    ['video clips', '2-1-1'],
  ],
};

async function waitForResults(page: Page) {
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toContainText('…');
}

async function resultSlugs(page: Page): Promise<string[]> {
  await waitForResults(page);
  return page
    .locator('.result-list h3 a')
    .evaluateAll((links) =>
      links.map((a) => (a.getAttribute('href') ?? '').replace(/^.*\/\w\w\/\d{4}\//, '').replace(/\/$/, '')),
    );
}

for (const lang of ['lv', 'en'] as const) {
  test.describe(`${lang}: queries find their measure in the first three results`, () => {
    for (const [query, measure] of queries[lang]) {
      test(`"${query}" → ${measure}`, async ({ page }) => {
        await page.goto(at(`/${lang}/search/?q=${encodeURIComponent(query)}`));
        expect((await resultSlugs(page)).slice(0, 3)).toContain(measure);
      });
    }
  });
}

test('has at least 30 queries in each language', () => {
  expect(queries.lv.length).toBeGreaterThanOrEqual(30);
  expect(queries.en.length).toBeGreaterThanOrEqual(30);
});

test('results show number, title, administrator, amount and a highlighted excerpt', async ({ page }) => {
  await page.goto(at('/lv/search/?q=mentors'));
  await waitForResults(page);
  const first = page.locator('.result-list > li').first();
  await expect(first.locator('h3')).toHaveText(/^2\.2\.1\. Pasākumi atbalsta sniegšanā/);
  await expect(first.locator('.result-facts')).toContainText('Labklājības ministrija');
  await expect(first.locator('.result-facts')).toContainText(/50\s000\s€/);
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toHaveText('Atrasts 1 rezultāts');
});

test('the filters narrow the results and are kept in the address', async ({ page }) => {
  await page.goto(at('/en/search/?q=violence'));
  const all = await resultSlugs(page);
  await page.selectOption('#search-administrator', 'inspectorate');
  await expect(page).toHaveURL(/administrator=inspectorate/);
  await expect.poll(async () => (await resultSlugs(page)).join()).not.toBe(all.join());
  const filtered = await resultSlugs(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(all.length);
  for (const slug of filtered) expect(['1-1', '2-1-1', '2-1-3', '2-3']).toContain(slug);

  await page.goto(at('/en/search/?q=violence&chapter=1'));
  for (const slug of await resultSlugs(page)) expect(slug.startsWith('1-')).toBe(true);
});

test('sorting by amount orders the measures by their funding', async ({ page }) => {
  const amounts = async () => {
    await waitForResults(page);
    return page
      .locator('.result-list .result-facts')
      .evaluateAll((lines) =>
        lines.map((line) => Number((line.textContent ?? '').split('·')[1]?.replace(/[^\d]/g, ''))),
      );
  };
  await page.goto(at('/en/search/?q=children&sort=desc'));
  const descending = await amounts();
  expect(descending.length).toBeGreaterThan(2);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await page.selectOption('#search-sort', 'asc');
  await expect(page).toHaveURL(/sort=asc/);
  await expect.poll(amounts).toEqual([...descending].sort((a, b) => a - b));
});

test('typing updates the address, so the search can be shared', async ({ page }) => {
  await page.goto(at('/lv/search/'));
  await expect(page.locator('[data-search-status]')).toHaveText('Ierakstiet vārdu, lai meklētu.');
  await page.locator('#search-page-query').fill('Dardedze');
  await expect(page).toHaveURL(/\?q=Dardedze$/);
  expect(await resultSlugs(page)).toContain('2-2-2');
});

test('a search with no match says so plainly', async ({ page }) => {
  await page.goto(at('/en/search/?q=xylophone'));
  await waitForResults(page);
  await expect(page.locator('[data-search-status]')).toContainText('Nothing was found for “xylophone”');
  await expect(page.locator('.result-list > li')).toHaveCount(0);
  await expect(page.locator('.result-list')).toBeHidden();
});

test('the results list is hidden while it has no items, so no empty list is announced', async ({ page }) => {
  await page.goto(at('/en/search/'));
  await expect(page.locator('[data-search-status]')).toHaveText('Type a word to search.');
  await expect(page.locator('.result-list')).toBeHidden();
  await page.locator('#search-page-query').fill('mentor');
  await expect(page.locator('.result-list > li').first()).toBeVisible();
  await page.locator('#search-page-query').fill('');
  await expect(page.locator('[data-search-status]')).toHaveText('Type a word to search.');
  await expect(page.locator('.result-list')).toBeHidden();
});

test('keyboard only: search, reach a result and open it', async ({ page }) => {
  await page.goto(at('/en/search/'));
  await page.locator('#search-page-query').focus();
  await page.keyboard.type('adoption');
  await page.keyboard.press('Enter');
  await waitForResults(page);
  // From the box, Tab goes through the button and the three selects, then to the first result.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  await expect(page.locator('.result-list a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/2023\/1-3\/$/);
});

test('the results are announced to screen readers', async ({ page }) => {
  await page.goto(at('/en/search/?q=adoption'));
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/result/);
});

test('the main content holds the form and results and no other links to measures', async ({ page }) => {
  await page.goto(at('/lv/search/?q=xylophone'));
  await waitForResults(page);
  // Nothing found: the page offers the contents and the whole document (issue 25), never a measure.
  const links = await page
    .locator('main a')
    .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(links.filter((pathname) => /\/\d{4}\/\d+(-\d+)*\/$/.test(pathname))).toEqual([]);
  expect(links).toEqual(expect.arrayContaining([at('/lv/2023/'), at('/lv/2023/document/')]));
});

test('axe finds nothing on the search page with results', async ({ page }) => {
  await page.goto(at('/lv/search/?q=vardarbība'));
  await waitForResults(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('no request leaves the site while searching', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(request.url());
  });
  await page.goto(at('/en/search/?q=helpline'));
  await waitForResults(page);
  await page.locator('#search-page-query').fill('mentor');
  await waitForResults(page);
  expect(foreign).toEqual([]);
});

test('excerpts are the measure’s own sentences, never the facts box’s labels run into their values', async ({
  page,
}) => {
  await page.goto(at('/lv/search/?q=vardarbība'));
  const excerpts = page.locator('.result-list li p:not(.result-facts)');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allTextContents();
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts) {
    expect(text).not.toContain('Administrē');
    expect(text).not.toContain('Finansējums');
  }
  // Each result still shows its administrator and amount, from the page's metadata, in Latvian.
  await expect(page.locator('.result-list .result-facts').first()).toContainText(/\d\s€/);
});

test('results come ten at a time; “Show more” adds the next ten and says what is shown', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await page.goto(at('/en/search/?q=children'));
  const items = page.locator('.result-list > li');
  await expect(items).toHaveCount(10);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveText(/^Showing 10 of (1[1-9]|[2-9]\d) results\.$/);
  const total = Number(/of (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(fragments).toHaveLength(10);
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(Math.min(total, 20));
  // The reader carries on from the first new result.
  await expect(items.nth(10).locator('a')).toBeFocused();
  if (total <= 20) {
    await expect(more).toBeHidden();
    await expect(status).toHaveText(`${total} results found`);
  }
  expect(fragments).toHaveLength(Math.min(total, 20));
});

test('the best match is fetched alone and shown before the other nine are fetched', async ({ page }) => {
  const held: (() => Promise<void>)[] = [];
  await page.route('**/pagefind/fragment/*', (route) => {
    held.push(() => route.continue());
  });
  await page.goto(at('/en/search/?q=children'));
  const items = page.locator('.result-list > li');
  await expect.poll(() => held.length).toBe(1);
  // However long the first fragment takes, nothing else is asked for meanwhile.
  await page.waitForTimeout(300);
  expect(held).toHaveLength(1);
  await held[0]?.();
  await expect(items).toHaveCount(1);
  await expect.poll(() => held.length).toBe(10);
  await Promise.all(held.slice(1).map((release) => release()));
  await expect(items).toHaveCount(10);
  await expect(page.locator('[data-search-status]')).toHaveText(/^Showing 10 of \d+ results\.$/);
});

test('the search page preloads Pagefind’s files, and Pagefind uses them rather than fetching them again', async ({
  page,
}) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
  page.on('console', (message) => {
    if (/preload|Content.Security.Policy|Refused/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(at('/lv/search/?q=vardarbība'));
  await expect(page.locator('.result-list li').first()).toBeVisible();
  const hints = await page
    .locator('head link[rel="preload"], head link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(hints.map((href) => href.replace(/^.*\/pagefind\//, ''))).toEqual([
    'pagefind.js',
    'pagefind-entry.json',
    expect.stringMatching(/^pagefind\.lv_\w+\.pf_meta$/),
    'wasm.unknown.pagefind',
    // The only index chunk of this small site: every query needs it.
    expect.stringMatching(/^index\/lv_\w+\.pf_index$/),
  ]);
  for (const href of hints) {
    expect(
      requests.filter((request) => request.split('?')[0] === href),
      href,
    ).toHaveLength(1);
  }
  // Chromium says so in the console when a preload goes unused or a policy blocks one.
  await page.waitForTimeout(3500);
  expect(problems).toEqual([]);
});

test('Latvian names in English results are marked lang="lv", in titles and excerpts, as on the pages', async ({
  page,
}) => {
  await page.goto(at('/en/search/?q=adoption'));
  await waitForResults(page);
  const study = page.locator('.result-list > li', { has: page.locator('a[href$="/en/2023/1-3/"]') });
  await expect(study.locator('h3 [lang="lv"]')).toHaveText('Ārpusģimenes aprūpes sistēmas pilnveides iespējas');
  // The English rest of the title stays English.
  await expect(study.locator('h3 a')).toHaveText(/Opportunities for improving the out-of-family care system/);
  await expect(study.locator('h3 [lang="lv"]')).not.toContainText('Opportunities');

  await page.goto(at('/en/search/?q=Friendly%20School'));
  await waitForResults(page);
  const school = page.locator('.result-list > li', { has: page.locator('a[href$="/en/2023/2-3/"]') });
  const excerpt = school.locator('p:not(.result-facts)');
  await expect(excerpt.locator('[lang="lv"]').first()).toHaveText('Draudzīga skola');
  // Nothing English is marked Latvian: every marked run is one of the page's Latvian names.
  for (const text of await page.locator('.result-list [lang="lv"]').allTextContents())
    expect(['Draudzīga skola', 'Ārpusģimenes aprūpes sistēmas pilnveides iespējas']).toContain(text);
});

test('the Latvian search marks English names in its results lang="en"', async ({ page }) => {
  await page.goto(at('/lv/search/?q=Baltic%20Institute'));
  await waitForResults(page);
  const first = page.locator('.result-list > li').first();
  await expect(first.locator('[lang="en"]').first()).toBeVisible();
  // Pagefind's <mark>s split the name; together, its marked pieces spell the whole of it.
  const english = await first.evaluate((item) => {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    let text = '';
    while (walker.nextNode())
      if (walker.currentNode.parentElement?.closest('[lang="en"]')) text += walker.currentNode.textContent;
    return text;
  });
  expect(english).toContain('Baltic Institute of Social Sciences');
});
