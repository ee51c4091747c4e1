import { displayPath } from './display-path';

describe('displayPath', () => {
  it('shows a path inside the working folder relative to it', () => {
    expect(displayPath('/home/ann', '/home/ann/out/the-fox/book.pdf')).toBe('out/the-fox/book.pdf');
    expect(displayPath('/home/ann', '/home/ann')).toBe('.');
  });

  it('shows a path outside it in full, not as a climb of ../..', () => {
    expect(displayPath('/work/main', '/tmp/qa-out/the-fox')).toBe('/tmp/qa-out/the-fox');
    expect(displayPath('/home/ann/stories', '/home/ann/books/the-fox')).toBe('/home/ann/books/the-fox');
  });

  it('keeps a folder whose name starts with two dots inside the working folder relative', () => {
    expect(displayPath('/home/ann', '/home/ann/..drafts/the-fox')).toBe('..drafts/the-fox');
  });
});
