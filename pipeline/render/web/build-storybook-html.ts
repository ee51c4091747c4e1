import { createHash } from 'node:crypto';
import type { StorybookData } from '../../../web/player/storybook-data';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * JSON that is safe inside <script type="application/json">: no "<" can close the element or
 * open a comment, and the two line separators JavaScript once rejected are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A small open-book icon, inline: without one a browser asks the server for /favicon.ico, which
 * is outside the book's folder.
 */
const BOOK_ICON =
  "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><path d='M2 7c5-2 10-2 14 1 4-3 9-3 14-1v19c-5-2-10-2-14 1-4-3-9-3-14-1z' fill='%23c4553a'/><path d='M16 8v19' stroke='%23fffaf0' stroke-width='2'/></svg>";

function sourceHash(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/**
 * The content security policy: only this page's own script and styles run, pictures and audio
 * come only from the book's folder, and nothing may be fetched, so even a story that somehow
 * carried markup could not run or send anything. Its text is keywords and base64 only, so it goes
 * into the attribute as it is.
 */
export function contentSecurityPolicy(script: string, styles: string): string {
  return [
    "default-src 'none'",
    `script-src ${sourceHash(script)}`,
    `style-src ${sourceHash(styles)}`,
    "img-src 'self' data:",
    "media-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The whole web book as one HTML page: styles, book data and the bundled player inline, so it
 * opens straight from the file system (no fetch, no ES modules over file://). Pictures and audio
 * are the only other requests, by the relative URLs in `book`.
 */
export function buildStorybookHtml(input: { book: StorybookData; script: string; styles: string }): string {
  const { book } = input;
  // A script may not contain "</script"; the bundler never writes one, but be certain.
  const script = input.script.replace(/<\/(script)/gi, '<\\/$1');
  const styles = input.styles.replace(/<\/(style)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="${escapeHtml(book.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script, styles)}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="${BOOK_ICON}">
<title>${escapeHtml(book.title)}</title>
<style>${styles}</style>
</head>
<body>
<main id="storybook"></main>
<script type="application/json" id="storybook-data">${jsonForScript(book)}</script>
<script>${script}</script>
</body>
</html>
`;
}
