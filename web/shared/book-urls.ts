/** Where the server serves a book's things. Shared so the server and the browser agree. */
export function bookUrl(bookId: string): string {
  return `/api/books/${encodeURIComponent(bookId)}`;
}

/** A file of the book folder; `file` is relative to the folder ("scenes/01.png"). */
export function bookFileUrl(bookId: string, file: string): string {
  return `${bookUrl(bookId)}/files/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export function bookDownloadUrl(bookId: string, name: string): string {
  return `${bookUrl(bookId)}/download/${encodeURIComponent(name)}`;
}
