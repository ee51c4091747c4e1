import { promises as fs } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Manifest } from '../../pipeline/model';
import { appHarness, expectNoStackTrace, readyBook } from './support/app-harness';

/** supertest buffers only text-like answers; collect any body as bytes. */
const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('book files and downloads', () => {
  let harness: Awaited<ReturnType<typeof appHarness>>;
  let book: Manifest;
  beforeAll(async () => {
    harness = await appHarness();
    book = await readyBook(harness.store);
  });
  afterAll(() => harness.close());
  const files = () => `/api/books/${book.id}/files`;

  it('serves pictures and audio with their content types', async () => {
    const picture = await request(harness.app).get(`${files()}/scenes/01.png`).buffer(true).parse(binary).expect(200);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(picture.body.subarray(1, 4).toString()).toBe('PNG');
    const audio = await request(harness.app).get(`${files()}/scenes/02.wav`).buffer(true).parse(binary).expect(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    expect(audio.headers['accept-ranges']).toBe('bytes');
    const size = (await fs.stat(path.join(harness.store.folder(book.id).dir, 'scenes/02.wav'))).size;
    expect(audio.body.length).toBe(size);
  });

  it('answers a Range request with just those bytes, so audio and video can seek', async () => {
    const whole = await fs.readFile(path.join(harness.store.folder(book.id).dir, 'narration.wav'));
    const part = await request(harness.app).get(`${files()}/narration.wav`).set('Range', 'bytes=100-199').buffer(true).parse(binary).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.compare(part.body, whole.subarray(100, 200))).toBe(0);
    await request(harness.app).get(`${files()}/narration.wav`).set('Range', `bytes=${whole.length + 10}-`).expect(416);
  });

  it.each([
    ['a parent folder, encoded', '/..%2F..%2F..%2Fetc%2Fpasswd', 400],
    ['a parent folder segment', '/scenes/%2e%2e/%2e%2e/book.json', 400],
    ['a hidden file', '/.book.json.tmp', 400],
    ['a backslash', '/scenes%5C01.png', 400],
    ['a file that is not there', '/scenes/99.png', 404],
    ['a folder', '/scenes', 404],
  ])('refuses %s', async (_what, suffix, status) => {
    const answer = await request(harness.app).get(`${files()}${suffix}`).expect(status);
    expect(answer.body.error.code).toBe(status === 400 ? 'bad_path' : 'not_found');
    expectNoStackTrace(answer.text);
  });

  it('says what is wrong with a refused path, and only that', async () => {
    const parent = await request(harness.app).get(`${files()}/..%2F..%2Fetc%2Fpasswd`).expect(400);
    expect(parent.body.error.message).toBe('The URL is not right: path.0: may not contain "..", "." or hidden names; path.0: may not contain an encoded slash, a backslash or NUL');
    const backslash = await request(harness.app).get(`${files()}/scenes%5C01.png`).expect(400);
    expect(backslash.body.error.message).toBe('The URL is not right: path.0: may not contain an encoded slash, a backslash or NUL');
  });

  it('never follows a link out of the folder', async () => {
    const folder = harness.store.folder(book.id);
    await fs.symlink('/etc/hostname', path.join(folder.dir, 'escape.txt'));
    const answer = await request(harness.app).get(`${files()}/escape.txt`).expect(400);
    expect(answer.body.error.message).toBe('"escape.txt" is outside the book folder');
  });

  it('downloads the PDF as an attachment named after the book', async () => {
    const answer = await request(harness.app).get(`/api/books/${book.id}/download/book.pdf`).buffer(true).parse(binary).expect(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe("attachment; filename=the-fox-the-moon.pdf");
    expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('streams the web book as a zip of its folder', async () => {
    const answer = await request(harness.app).get(`/api/books/${book.id}/download/web.zip`).buffer(true).parse(binary).expect(200);
    expect(answer.headers['content-type']).toBe('application/zip');
    expect(answer.headers['content-disposition']).toBe("attachment; filename=the-fox-the-moon-web.zip");
    expect(answer.body.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const names = centralDirectoryNames(answer.body);
    expect(names).toEqual(['the-fox-the-moon/assets/01.png', 'the-fox-the-moon/index.html']);
  });

  it('says why an output cannot be downloaded', async () => {
    const notMade = await request(harness.app).get(`/api/books/${book.id}/download/book.mp4`).expect(404);
    expect(notMade.body.error.message).toBe('this book has no video: it is not made yet (the book is ready)');
    const notAsked = await request(harness.app).get(`/api/books/${book.id}/download/book.epub`).expect(404);
    expect(notAsked.body.error.message).toBe('this book has no EPUB: it was not asked for (formats: web, pdf, mp4)');
    const unknown = await request(harness.app).get(`/api/books/${book.id}/download/book.exe`).expect(400);
    expect(unknown.body.error.message).toMatch(/name: must be one of "book.pdf"/);
  });
});

/** The file names in a zip's central directory (signature 0x02014b50), in order. */
function centralDirectoryNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let offset = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); offset >= 0; offset = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), offset + 46)) {
    const length = zip.readUInt16LE(offset + 28);
    names.push(zip.subarray(offset + 46, offset + 46 + length).toString('utf8'));
  }
  return names;
}
