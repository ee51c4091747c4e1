import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { promisify } from 'node:util';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CancelledError, RenderError } from '../pipeline/errors';
import { WebRenderer } from '../pipeline/render/web/web-renderer';
import { pictureAltText } from '../pipeline/render/web/picture-alt-text';
import type { Manifest } from '../pipeline/model';
import type { BookFolder } from '../pipeline/book-folder';
import { launchBrowser } from './support/browser';
import { makeSampleBook, SAMPLE_SCENES } from './support/sample-book';
import { serveFolder } from './support/static-server';

const run = promisify(execFile);
const INJECTION = 'The owl wrote <script>window.storyRan = true</script> and <img src="x" onerror="window.storyRan = true"> in the sand.';

let folder: BookFolder;
let manifest: Manifest;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let server: { url: string; close: () => Promise<void> };
let files: string[];

beforeAll(async () => {
  ({ folder, manifest } = await makeSampleBook({ msPerWord: 80, scenes: [SAMPLE_SCENES[0], INJECTION, SAMPLE_SCENES[2]] }));
  ({ files } = await new WebRenderer().render({ folder, manifest }));
  ({ browser, close: closeBrowser } = await launchBrowser());
  server = await serveFolder(folder.dir);
});

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  if (folder) await fs.rm(folder.dir, { recursive: true, force: true });
});

/** Opens the book and records every URL it asks for. */
async function openBook(base: 'file' | 'http', viewport = { width: 1280, height: 800 }): Promise<{ page: Page; requests: string[]; webUrl: string; errors: string[] }> {
  const webUrl = base === 'file' ? `file://${folder.resolve('web')}/` : `${server.url}/web/`;
  const page = await browser.newPage({ viewport, hasTouch: true });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // Console errors catch what the page's content security policy blocked, and script failures.
  const errors: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl}index.html`);
  await page.locator('.sb-cover').waitFor();
  return { page, requests, webUrl, errors };
}

const position = (page: Page) => page.locator('.sb-position').textContent();

describe('web storybook', () => {
  it('writes index.html with the pictures and the narration as MP3 beside it', async () => {
    expect(files).toEqual(['web/index.html', 'web/pictures/01.png', 'web/audio/01.mp3', 'web/pictures/02.png', 'web/audio/02.mp3', 'web/pictures/03.png', 'web/audio/03.mp3']);
    for (const [index, steps] of manifest.steps.scenes.entries()) {
      const mp3 = folder.resolve(`web/audio/0${index + 1}.mp3`);
      const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name:format=duration', '-of', 'json', mp3]);
      const probe = JSON.parse(stdout) as { streams: { codec_name: string }[]; format: { duration: string } };
      expect(probe.streams[0].codec_name).toBe('mp3');
      // MP3 frames add at most a few tens of milliseconds of padding.
      expect(Math.abs(Number(probe.format.duration) * 1000 - steps.narration!.durationMs)).toBeLessThan(80);
      expect((await fs.stat(mp3)).size).toBeLessThan((await fs.stat(folder.resolve(steps.narration!.file))).size / 3);
    }
  });

  it('keeps the narration as WAV, with a warning, when there is no ffmpeg', async () => {
    const copy = await makeSampleBook({ msPerWord: 80 });
    const saved = process.env.FFMPEG_PATH;
    process.env.FFMPEG_PATH = path.join(copy.folder.dir, 'no-such-ffmpeg');
    try {
      const result = await new WebRenderer().render(copy);
      expect(result.files).toContain('web/audio/01.wav');
      expect(result.warnings.join(' ')).toMatch(/WAV.*FFMPEG_PATH/);
      await expect(fs.readFile(copy.folder.resolve('web/index.html'), 'utf8')).resolves.toContain('audio/01.wav');
    } finally {
      if (saved === undefined) delete process.env.FFMPEG_PATH;
      else process.env.FFMPEG_PATH = saved;
      await fs.rm(copy.folder.dir, { recursive: true, force: true });
    }
  });

  it('stops when cancelled, and refuses a book whose scenes are not all done', async () => {
    await expect(new WebRenderer().render({ folder, manifest, signal: AbortSignal.abort() })).rejects.toThrow(CancelledError);
    const unfinished = structuredClone(manifest);
    unfinished.steps.scenes[2].picture = null;
    await expect(new WebRenderer().render({ folder, manifest: unfinished })).rejects.toThrow(new RenderError('web', 'scene 3 has no picture or narration yet, so the web storybook cannot be made'));
  });

  for (const base of ['file', 'http'] as const) {
    it(`reads aloud from ${base}://, highlighting word after word and turning the page, asking only its own folder`, async () => {
      const { page, requests, webUrl, errors } = await openBook(base);
      // Record each word as it lights up, as [page position, word index].
      await page.evaluate(() => {
        const seen: [string, number][] = ((window as unknown as { seen: [string, number][] }).seen = []);
        new MutationObserver(() => {
          const current = document.querySelector('.sb-word-current');
          const words = [...document.querySelectorAll('.sb-word')];
          const label = document.querySelector('.sb-position')!.textContent!;
          if (current && seen[seen.length - 1]?.[1] !== words.indexOf(current)) seen.push([label, words.indexOf(current)]);
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
      });
      await page.getByRole('button', { name: 'Play' }).click();
      await page.locator('.sb-position', { hasText: 'Page 2 of 3' }).waitFor({ timeout: 15000 });
      const seen = await page.evaluate(() => (window as unknown as { seen: [string, number][] }).seen);
      const firstPage = seen.filter(([label]) => label === 'Page 1 of 3').map(([, word]) => word);
      const wordCount = SAMPLE_SCENES[0].split(/\s+/).length;
      expect(firstPage.length).toBeGreaterThan(wordCount / 2);
      expect(firstPage).toEqual([...firstPage].sort((a, b) => a - b));
      expect(firstPage[firstPage.length - 1]).toBe(wordCount - 1);
      expect(requests.length).toBeGreaterThanOrEqual(3);
      expect(requests.filter((url) => !url.startsWith(webUrl))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('answers the keyboard and swipes', async () => {
    const { page } = await openBook('file');
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe('Page 1 of 3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    expect(await position(page)).toBe('Page 1 of 3');
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('audio')!.paused);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await page.$eval('audio', (audio) => audio.paused)).toBe(true);

    const swipe = (fromX: number, toX: number) =>
      page.evaluate(([from, to]) => {
        const stage = document.querySelector('.sb-stage')!;
        const touch = (x: number) => new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
        stage.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(from)], changedTouches: [touch(from)], bubbles: true }));
        stage.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(to)], bubbles: true }));
      }, [fromX, toX]);
    await swipe(600, 300);
    expect(await position(page)).toBe('Page 2 of 3');
    await swipe(300, 600);
    expect(await position(page)).toBe('Page 1 of 3');
    await swipe(300, 320);
    expect(await position(page)).toBe('Page 1 of 3');
    await page.close();
  });

  it('changes the playback rate with the speed control, and keeps it across pages', async () => {
    const { page } = await openBook('http');
    await page.getByLabel('Speed').selectOption('1.5');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => !document.querySelector('audio')!.paused);
    expect(await page.$eval('audio', (audio) => audio.playbackRate)).toBe(1.5);
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.waitForFunction(() => /02\.mp3$/.test(document.querySelector('audio')!.src) && !document.querySelector('audio')!.paused);
    expect(await page.$eval('audio', (audio) => audio.playbackRate)).toBe(1.5);
    await page.close();
  });

  it('shows a story\'s markup as text and runs none of it', async () => {
    const { page, requests, webUrl } = await openBook('file');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.locator('.sb-text').textContent()).resolves.toContain(INJECTION);
    expect(await page.evaluate(() => (window as unknown as { storyRan?: boolean }).storyRan)).toBeUndefined();
    expect(await page.locator('.sb-stage script, .sb-stage .sb-text img').count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith(webUrl))).toEqual([]);
    await page.close();
  });

  it('gives every picture its alt text and every control a name', async () => {
    const { page } = await openBook('file');
    const expected = manifest.scenes.map((scene) => pictureAltText(scene, manifest.bible, 'en'));
    await expect(page.locator('.sb-cover img').getAttribute('alt')).resolves.toBe(expected[0]);
    for (let index = 0; index < expected.length; index++) {
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.getByRole('img', { name: expected[index] }).waitFor();
      expect(await page.locator('.sb-page img').getAttribute('alt')).toBe(expected[index]);
    }
    for (const name of ['Start again', 'Previous page', 'Play', 'Next page']) await page.getByRole('button', { name }).waitFor();
    expect(await page.locator('[aria-live="polite"]').count()).toBe(1);
    await page.close();
  });

  it('on a small phone, keeps the word being read clear of the controls, lights the drop cap with its word, and turns to the top of the next page', async () => {
    const { page } = await openBook('file', { width: 360, height: 480 });
    // Record, as each word lights up, where it is, where the controls begin and the drop cap's colour.
    await page.evaluate(() => {
      const seen: { word: number; bottom: number; controlsTop: number; dropCap: string; stageTop: number }[] = ((window as unknown as { seen: unknown[] }).seen = []);
      new MutationObserver(() => {
        const current = document.querySelector('.sb-word-current');
        if (!current) return;
        const paragraph = current.closest('.sb-paragraph')!;
        seen.push({
          word: [...paragraph.querySelectorAll('.sb-word')].indexOf(current),
          bottom: current.getBoundingClientRect().bottom,
          controlsTop: document.querySelector('.sb-controls')!.getBoundingClientRect().top,
          dropCap: getComputedStyle(paragraph, '::first-letter').backgroundColor,
          stageTop: document.querySelector('.sb-stage')!.getBoundingClientRect().top,
        });
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.getByRole('button', { name: 'Next page' }).click();
    // The page is longer than the window: at rest, its last word lies under the controls.
    const lastWordHidden = await page.evaluate(() => {
      const words = document.querySelectorAll('.sb-word');
      return words[words.length - 1].getBoundingClientRect().top > document.querySelector('.sb-controls')!.getBoundingClientRect().top;
    });
    expect(lastWordHidden).toBe(true);
    await page.getByRole('button', { name: 'Play' }).click();
    // Wait for the second page's first word.
    await page.waitForFunction(() => (window as unknown as { seen: { word: number }[] }).seen.some((entry, index) => index > 0 && entry.word === 0), undefined, { timeout: 15000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: { word: number; bottom: number; controlsTop: number; dropCap: string; stageTop: number }[] }).seen);
    const nextPageStart = seen.findIndex((entry, index) => index > 0 && entry.word === 0);
    const firstPage = seen.slice(0, nextPageStart);
    expect(firstPage[firstPage.length - 1].word).toBe(SAMPLE_SCENES[0].split(/\s+/).length - 1);
    for (const entry of firstPage) expect(entry.bottom).toBeLessThanOrEqual(entry.controlsTop);
    const highlight = 'rgb(255, 211, 110)';
    expect(firstPage[0].dropCap).toBe(highlight);
    expect(firstPage[1].dropCap).not.toBe(highlight);
    // The next page starts at its top, picture first, not where the last one was scrolled to.
    expect(firstPage[firstPage.length - 1].stageTop).toBeLessThan(0);
    expect(seen[nextPageStart].stageTop).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('on a laptop screen, steps a long scene\'s type down until it fits beside the picture, and back up in a bigger window', async () => {
    const longScene = Array(4).fill(`${SAMPLE_SCENES[0]} ${SAMPLE_SCENES[2]}`).join(' ');
    const long = await makeSampleBook({ msPerWord: 40, scenes: [longScene] });
    const laptop = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await new WebRenderer().render(long);
      await laptop.goto(`file://${long.folder.resolve('web')}/index.html`);
      await laptop.getByRole('button', { name: 'Next page' }).click();
      const text = () => laptop.locator('.sb-text').evaluate((box) => ({ overflow: box.scrollHeight - box.clientHeight, size: Number.parseFloat(getComputedStyle(box).fontSize) }));
      const fitted = await text();
      expect(fitted.overflow).toBeLessThanOrEqual(1);
      expect(fitted.size).toBeGreaterThanOrEqual(15);
      // The style sheet's size for text this long, which overflowed this box.
      const styled = await laptop.locator('.sb-text').evaluate((box) => {
        const fittedSize = box.style.fontSize;
        box.style.removeProperty('font-size');
        const result = { overflow: box.scrollHeight - box.clientHeight, size: Number.parseFloat(getComputedStyle(box).fontSize) };
        box.style.fontSize = fittedSize;
        return result;
      });
      expect(styled.overflow).toBeGreaterThan(1);
      expect(fitted.size).toBeLessThan(styled.size);

      await laptop.setViewportSize({ width: 1920, height: 1200 });
      await laptop.waitForFunction((before) => Number.parseFloat(getComputedStyle(document.querySelector('.sb-text')!).fontSize) > before, fitted.size);
      expect((await text()).overflow).toBeLessThanOrEqual(1);
    } finally {
      await laptop.close();
      await fs.rm(long.folder.dir, { recursive: true, force: true });
    }
  });

  it('fits a phone and a desktop screen', async () => {
    // Screenshots go to STORYLOOM_SCREENSHOTS when set, so a person can look at them.
    const shots = process.env.STORYLOOM_SCREENSHOTS ?? folder.dir;
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const { page } = await openBook('file', viewport);
      await page.screenshot({ path: path.join(shots, `web-cover-${viewport.width}.png`) });
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(shots, `web-page-${viewport.width}.png`) });
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
        return { scrollWidth: document.documentElement.scrollWidth, picture: box('.sb-picture'), text: box('.sb-text'), controls: box('.sb-controls') };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(viewport.width);
      expect(layout.controls.bottom).toBeLessThanOrEqual(viewport.height);
      expect(layout.picture.width).toBeGreaterThan(viewport.width * 0.3);
      if (viewport.width < 600) expect(layout.text.top).toBeGreaterThanOrEqual(layout.picture.bottom);
      else expect(layout.text.left).toBeGreaterThanOrEqual(layout.picture.right);
      await page.close();
    }
  });
});
