import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { syntheticProviders } from '../../pipeline/providers/testing/test-providers';
import { defaultRenderers } from '../../pipeline/render/renderers';
import { startServer, type RunningServer } from '../../server/start-server';
import { buildWebApp } from '../../server/web-build/build-web-app';
import { launchBrowser } from '../support/browser';
import { temporaryFolder } from '../support/temporary-folder';

// The synthetic planner makes one page per paragraph and calls every story "A Test Story".
const STORY = `Once upon a time, a little fox lived at the edge of a dark forest. Every night she looked at the moon and wished to touch it.

One morning the fox met an old owl. "Where are you going?" asked the owl. "To find the moon," said the fox.

They walked until the sun went down.

At last the moon rose over the hill, round and bright.`;

describe('the web app in a browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let temporary: Awaited<ReturnType<typeof temporaryFolder>>;
  let page: Page;

  beforeAll(async () => {
    temporary = await temporaryFolder('storyloom-web-app-');
    const webRoot = path.join(temporary.dir, 'web');
    await buildWebApp(webRoot);
    server = await startServer({
      dataDir: path.join(temporary.dir, 'data'),
      // Slow enough that a person (and this test) can watch the pages fill in.
      providers: syntheticProviders({ pictureDelayMs: 500, narrationDelayMs: 300, msPerWord: 120 }),
      renderers: defaultRenderers().filter((renderer) => renderer.format === 'web' || renderer.format === 'pdf'),
      scenesAtOnce: 1,
      webRoot,
      log: () => undefined,
    });
    ({ browser, close: closeBrowser } = await launchBrowser());
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (error) => {
      throw error;
    });
  });
  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
    await temporary?.remove();
  });

  it('shows the server’s complaint next to the field it is about', async () => {
    await page.goto(`${server.url}/#/`);
    await page.fill('#story-text', '   ');
    await page.click('button[type="submit"]');
    const error = page.locator('[data-error-for="text"]');
    await error.waitFor({ state: 'visible' });
    expect(await error.textContent()).toBe('The story is empty: paste or type some text.');
    // A story over the limit shows in the count as it is typed, before the server refuses it.
    const count = page.locator('#story-count');
    const limit = (await (await fetch(`${server.url}/api/options`)).json()).limits.storyCharacters as number;
    await page.fill('#story-text', 'x'.repeat(limit + 1));
    expect(await count.getAttribute('class')).toContain('over-limit');
    await page.fill('#story-text', 'x'.repeat(limit));
    expect(await count.getAttribute('class')).not.toContain('over-limit');
    await page.fill('#story-text', 'A short story.');
    await page.click('.more-options summary');
    await page.fill('#field-scenes', '99');
    await page.click('button[type="submit"]');
    const pagesError = page.locator('[data-error-for="scenes"]');
    await pagesError.waitFor({ state: 'visible' });
    expect(await pagesError.textContent()).toBe('Must be at most 60.');
    expect(await error.isVisible()).toBe(false);
    await page.fill('#field-scenes', '');
  });

  it('creates a book, watches it being made, reads it aloud with the word highlighted, and downloads the PDF', async () => {
    await page.fill('#story-text', STORY);
    await page.uncheck('input[name="formats"][value="mp4"]');
    await page.uncheck('input[name="formats"][value="epub"]');
    await page.click('button[type="submit"]');
    await page.waitForURL(/#\/books\/[a-z2-7]{16}$/);

    // Scene cards appear once the book is planned, before any picture is drawn.
    await page.locator('.scene-card').first().waitFor();
    expect(await page.locator('.scene-card').count()).toBe(4);
    const progress: number[] = [];
    const watch = setInterval(async () => {
      const value = await page.getAttribute('.progress', 'aria-valuenow').catch(() => null);
      if (value !== null) progress.push(Number(value));
    }, 100);
    // A dropped connection shows a notice, reconnects by itself and catches up.
    for (const socket of server.io.sockets.sockets.values()) socket.conn.close();
    await page.locator('.notice.connection').waitFor({ state: 'visible' });
    await page.locator('.notice.connection').waitFor({ state: 'hidden' });
    // The first page can be read while later pictures are still being drawn.
    await page.locator('button:has-text("Read the first pages")').waitFor({ timeout: 20000 });
    expect(await page.locator('.scene-card:not(.has-picture)').count()).toBeGreaterThan(0);
    await page.locator('.status-pill[data-status="ready"]').waitFor({ timeout: 30000 });
    clearInterval(watch);
    expect(await page.locator('.scene-card.has-picture.has-audio').count()).toBe(4);
    expect(progress.some((value) => value > 0 && value < 100)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await page.textContent('.step')).toBe('Ready to read, play and download.');

    await page.click('button:has-text("Read the book")');
    await page.locator('.reader .sb-play').click();
    const highlighted = page.locator('.reader .sb-word-current');
    await highlighted.waitFor();
    const seen = new Set<string>();
    for (let sample = 0; sample < 12 && seen.size < 3; sample++) {
      seen.add(`${await highlighted.evaluate((word) => [...word.parentElement!.querySelectorAll('.sb-word')].indexOf(word))}`);
      await page.waitForTimeout(150);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.download-pdf')]);
    expect(download.suggestedFilename()).toBe('a-test-story.pdf');
    const file = path.join(temporary.dir, 'downloaded.pdf');
    await download.saveAs(file);
    expect((await fs.readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.locator('a.download').allTextContents()).toEqual(['Picture-book PDF', 'Web book (zip)']);
  });

  it('lists the book in the library, newest first', async () => {
    await page.click('.nav a[href="#/library"]');
    const card = page.locator('.library-card').first();
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('A Test Story');
    expect(await card.locator('.status-pill').textContent()).toBe('Ready');
    // The cover picture fills its box (cropped to it), rather than standing taller than it.
    await card.locator('.library-cover img').evaluate((image: HTMLImageElement) => image.decode());
    const [cover, image] = await Promise.all([card.locator('.library-cover').boundingBox(), card.locator('.library-cover img').boundingBox()]);
    expect(image).toEqual(cover);
  });

  it('starts the form on the reader\'s own language when the narrators speak it', async () => {
    const german = await browser.newPage({ locale: 'de-AT' });
    // The synthetic narrator speaks only English: offer the form English and German.
    await german.route('**/api/options', async (route) => {
      const options = await (await route.fetch()).json();
      await route.fulfill({ json: { ...options, languages: [{ tag: 'de', name: 'German' }, { tag: 'en-GB', name: 'British English' }, { tag: 'en-US', name: 'American English' }] } });
    });
    try {
      await german.goto(`${server.url}/#/`);
      const language = german.locator('#field-language');
      await language.waitFor();
      const offered = await language.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(offered).toContain('de');
      expect(await language.inputValue()).toBe('de');
    } finally {
      await german.close();
    }
  });

  it('fits a phone: the ways to start a book sit in one row of equal tabs, and nothing scrolls sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      await phone.goto(`${server.url}/#/`);
      await phone.locator('.tabs').waitFor();
      const tabs = await phone.$$eval('.tab', (buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
      expect(tabs.length).toBeGreaterThanOrEqual(3);
      for (const tab of tabs) {
        expect(tab.top).toBeCloseTo(tabs[0].top, 0);
        expect(tab.width).toBeCloseTo(tabs[0].width, 0);
      }
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await phone.close();
    }
  });
});
