import type { OutputFormat } from '../../pipeline/model/book-options';

/** The files a person can download, by name in the URL, and the output each comes from. */
export const DOWNLOADS = [
  { name: 'book.pdf', format: 'pdf', label: 'Picture-book PDF' },
  { name: 'book.mp4', format: 'mp4', label: 'Video (MP4)' },
  { name: 'book.epub', format: 'epub', label: 'Read-along EPUB' },
  { name: 'web.zip', format: 'web', label: 'Web book (zip)' },
] as const satisfies readonly { name: string; format: OutputFormat; label: string }[];

export type DownloadName = (typeof DOWNLOADS)[number]['name'];
export const DOWNLOAD_NAMES = DOWNLOADS.map((download) => download.name) as [DownloadName, ...DownloadName[]];
