/**
 * A stand-in for the browser's folder picker (`showDirectoryPicker()`, the
 * File System Access API), which headless Chromium cannot show: the page gets
 * directory and file handles whose every read and write goes through
 * Playwright (`exposeFunction`) to a real folder on disk, so the editor reads
 * and saves the files a dev server previews. Only what Sveltia CMS's local
 * backend calls is implemented (`entries`, `getFileHandle`, `getDirectoryHandle`,
 * `removeEntry`, `getFile`, `createWritable`, `move`).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';

export interface PickerLog {
  /** Every operation, `write src/content/…`, in order. */
  operations: string[];
}

/** Installs the stand-in on `page` (before it loads), rooted at `root`. */
export async function stubDirectoryPicker(page: Page, root: string): Promise<PickerLog> {
  const log: PickerLog = { operations: [] };
  const inside = (relative: string) => {
    const full = path.resolve(root, relative);
    if (full !== root && !full.startsWith(root + path.sep)) throw new Error(`outside the folder: ${relative}`);
    return full;
  };
  await page.exposeFunction('__pickerCall', async (operation: string, relative: string, argument?: string) => {
    log.operations.push(`${operation} ${relative}`);
    const full = inside(relative);
    switch (operation) {
      case 'kind':
        return stat(full).then(
          (s) => (s.isDirectory() ? 'directory' : 'file'),
          () => null,
        );
      case 'list':
        return (await readdir(full, { withFileTypes: true })).map((d) => ({
          name: d.name,
          kind: d.isDirectory() ? 'directory' : 'file',
        }));
      case 'read': {
        const [bytes, info] = await Promise.all([readFile(full), stat(full)]);
        return { base64: bytes.toString('base64'), lastModified: info.mtimeMs };
      }
      case 'write':
        await writeFile(full, Buffer.from(argument ?? '', 'base64'));
        return null;
      case 'mkdir':
        await mkdir(full, { recursive: true });
        return null;
      case 'remove':
        await rm(full, { recursive: true });
        return null;
      case 'move':
        await rename(full, inside(argument ?? ''));
        return null;
      default:
        throw new Error(`unknown operation ${operation}`);
    }
  });
  // A file of plain JavaScript: a function of this module, serialised, would carry the test runner's helpers.
  await page.addInitScript({ path: path.join(import.meta.dirname, 'directoryPicker.browser.js') });
  return log;
}
