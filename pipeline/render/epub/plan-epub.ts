import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Manifest } from '../../model';
import { segmentText, type TextSegment } from '../../../web/player/word-timeline';
import { buildStorybookData } from '../web/build-storybook-data';
import { epubPageLayout, fittingFontSize, type EpubPageLayout } from './epub-page-layout';
import { clipsDurationMs, overlayClips, type OverlayClip } from './overlay-clips';

export interface EpubPage {
  /** "page-01": the base name of the page's XHTML, SMIL, picture and audio. */
  name: string;
  number: number;
  segments: TextSegment[];
  fontSize: number;
  picture: { href: string; mediaType: string; alt: string; source: string };
  /** The narration; null only for a page with no timed words (then it has no overlay). */
  audio: { href: string; source: string } | null;
  clips: OverlayClip[];
  durationMs: number;
}

/** Everything the EPUB's files are built from; paths are relative to the package folder. */
export interface EpubPlan {
  identifier: string;
  title: string;
  language: string;
  /** dcterms:modified, "CCYY-MM-DDThh:mm:ssZ". */
  modified: string;
  layout: EpubPageLayout;
  cover: { href: string; alt: string };
  pages: EpubPage[];
  totalDurationMs: number;
}

/** A stable urn:uuid for the book, so re-rendering it gives the same identifier. */
export function bookIdentifier(bookId: string): string {
  const hex = createHash('sha1').update(`storyloom:${bookId}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Plans the EPUB of a finished book (every scene has its picture and narration). */
export function planEpub(manifest: Manifest, options: { modified: Date; audioExtension: string }): EpubPlan {
  const name = (index: number) => `page-${String(index + 1).padStart(2, '0')}`;
  const book = buildStorybookData(manifest, {
    picture: (record, index) => `images/${name(index)}${path.extname(record.file).toLowerCase()}`,
    audio: (_, index) => `audio/${name(index)}.${options.audioExtension}`,
  });
  const firstPicture = manifest.steps.scenes[0]?.picture;
  const layout = epubPageLayout(firstPicture ?? { width: 1024, height: 1024 });

  const pages = book.pages.map((page, index): EpubPage => {
    const steps = manifest.steps.scenes[index];
    const segments = segmentText(page.text, page.words);
    const timed = segments.flatMap((segment) => (segment.word === null ? [] : [{ index: segment.word, word: page.words[segment.word] }]));
    const clips = overlayClips(timed);
    return {
      name: name(index),
      number: index + 1,
      segments,
      fontSize: fittingFontSize(page.text.length, layout.text),
      picture: { href: page.picture!, mediaType: steps.picture!.mimeType, alt: page.alt, source: steps.picture!.file },
      audio: clips.length > 0 ? { href: page.audio!, source: steps.narration!.file } : null,
      clips,
      durationMs: clipsDurationMs(clips),
    };
  });
  return {
    identifier: bookIdentifier(manifest.id),
    title: book.title,
    language: manifest.language,
    modified: options.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    layout,
    cover: { href: pages[0]?.picture.href ?? '', alt: book.cover.alt },
    pages,
    totalDurationMs: pages.reduce((sum, page) => sum + page.durationMs, 0),
  };
}
