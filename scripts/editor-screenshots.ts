/**
 * `npm run docs:screenshots`: the authoring guide's pictures of the content
 * editor (docs/images/editor-*.png), taken in Chromium on a temporary copy of
 * the project, as the editor's browser test runs it (its folder picker stand-in
 * and dev server are the tests' helpers). Rerun after the editor's look changes.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium.ts';
import { startDev } from '../tests/helpers/devServer.ts';
import { stubDirectoryPicker } from '../tests/helpers/directoryPicker.ts';
import { projectCopy, projectRoot, removeCopy } from '../tests/helpers/projectCopy.ts';

const out = path.join(projectRoot, 'docs/images');
const dir = await projectCopy();
await mkdir(path.join(dir, '.git'));
const server = await startDev(dir, 'edit/');
const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'lv-LV' });
  await stubDirectoryPicker(page, dir);
  await page.goto(new URL('edit/', server.url).href);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByText('Pasākumi 2023').first().waitFor();
  await page.goto(new URL('edit/#/collections/measures-2023/entries/1-1', server.url).href);
  const latvian = page.getByRole('group', { name: /Edit .Latvian. Content/ });
  await latvian.getByRole('spinbutton', { name: 'amount' }).waitFor();
  await page.waitForTimeout(500);
  await mkdir(out, { recursive: true });
  await page.screenshot({ path: path.join(out, 'editor-measure.png') });

  await latvian.getByRole('spinbutton', { name: 'amount' }).fill('-5');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const refusal = latvian.getByText('expected an amount of 0 euro or more');
  await refusal.waitFor();
  await refusal.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'editor-refused.png') });
  console.log(`Wrote ${path.relative(projectRoot, out)}/editor-measure.png and editor-refused.png`);
} finally {
  await browser.close();
  server.stop();
  await removeCopy(dir);
}
