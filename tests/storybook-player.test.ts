import { build } from 'esbuild';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BookFolder } from '../pipeline/book-folder';
import type { Manifest } from '../pipeline/model';
import { buildStorybookData } from '../pipeline/render/web/build-storybook-data';
import type { StorybookData } from '../web/player/storybook-data';
import { launchBrowser } from './support/browser';
import { makeSampleBook } from './support/sample-book';

/**
 * The player as the web app uses it: mounted on a book still being made, then updated as
 * pictures and narration arrive, without losing the reader's place.
 */
let folder: BookFolder;
let manifest: Manifest;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  ({ folder, manifest } = await makeSampleBook({ msPerWord: 80 }));
  const player = await build({ entryPoints: [path.resolve(__dirname, '../web/player/mount-storybook.ts')], bundle: true, write: false, format: 'iife', globalName: 'Storybook' });
  const styles = await fs.readFile(path.resolve(__dirname, '../web/player/storybook.css'), 'utf8');
  await folder.writeFile('player.html', `<!doctype html><meta charset="utf-8"><style>${styles}</style><div id="root"></div><script>${player.outputFiles[0].text}</script>`);
  ({ browser, close: closeBrowser } = await launchBrowser());
});

afterAll(async () => {
  await closeBrowser?.();
  if (folder) await fs.rm(folder.dir, { recursive: true, force: true });
});

/** The finished book's data with the given scenes' picture and audio taken away. */
function bookWithout(missing: { pictures?: number[]; audio?: number[] }): StorybookData {
  const book = buildStorybookData(manifest, { picture: (record) => record.file, audio: (record) => record.file });
  for (const index of missing.pictures ?? []) book.pages[index].picture = null;
  for (const index of missing.audio ?? []) book.pages[index].audio = null;
  if (missing.pictures?.includes(0)) book.cover.picture = null;
  return book;
}

async function mount(book: StorybookData, position: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`file://${folder.resolve('player.html')}`);
  await page.evaluate(([data, at]) => {
    const global = window as unknown as { Storybook: typeof import('../web/player/mount-storybook'); player: unknown };
    global.player = global.Storybook.mountStorybook(document.getElementById('root')!, data as StorybookData, { position: at as number, pageTurnDelayMs: 100 });
  }, [book, position] as const);
  return page;
}

const update = (page: Page, book: StorybookData) =>
  page.evaluate((data) => (window as unknown as { player: { update(book: unknown): void } }).player.update(data), book);

describe('storybook player on a book still being made', () => {
  it('shows missing pictures as placeholders that still carry their alt text', async () => {
    const book = bookWithout({ pictures: [0, 1] });
    const page = await mount(book, 0);
    await page.getByRole('img', { name: book.cover.alt }).waitFor();
    expect(await page.locator('.sb-cover .sb-placeholder').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.sb-page .sb-placeholder').getAttribute('aria-label')).toBe(book.pages[1].alt);
    await update(page, bookWithout({}));
    await page.locator('.sb-page img.sb-image').waitFor();
    expect(await page.locator('.sb-position').textContent()).toBe('Page 2 of 3');
    await page.close();
  });

  it('waits on a page without narration and starts reading when update() brings it', async () => {
    const page = await mount(bookWithout({ audio: [1, 2] }), 2);
    await expect(page.locator('.sb-waiting').textContent()).resolves.toMatch(/still being made/);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await page.$eval('audio', (audio) => audio.paused)).toBe(true);

    await update(page, bookWithout({ audio: [2] }));
    await page.waitForFunction(() => /02\.wav$/.test(document.querySelector('audio')!.src) && !document.querySelector('audio')!.paused);
    await page.locator('.sb-word-current').waitFor();
    expect(await page.locator('.sb-position').textContent()).toBe('Page 2 of 3');
    expect(await page.locator('.sb-waiting').count()).toBe(0);
    await page.close();
  });

  it('keeps the reader on their page and their reading going when new pages arrive', async () => {
    const partial = bookWithout({});
    const firstTwo = { ...partial, pages: partial.pages.slice(0, 2) };
    const page = await mount(firstTwo, 1);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.locator('.sb-word-current').waitFor();
    const before = await page.$eval('audio', (audio) => audio.currentTime);
    await update(page, partial);
    expect(await page.locator('.sb-position').textContent()).toBe('Page 1 of 3');
    expect(await page.$eval('audio', (audio) => !audio.paused && /01\.wav$/.test(audio.src))).toBe(true);
    expect(await page.$eval('audio', (audio) => audio.currentTime)).toBeGreaterThanOrEqual(before);
    await page.close();
  });
});
