import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, with a fresh profile and every background connection off (this
 * machine has no internet; Chromium's own update and sync calls would otherwise be refused).
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'storyloom-chromium-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--autoplay-policy=no-user-gesture-required',
      // No --user-data-dir: playwright refuses it in launch() and gives each launch a fresh profile itself.
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}
