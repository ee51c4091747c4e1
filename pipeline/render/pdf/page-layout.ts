import { insetBox, type Box, type PageGeometry } from './page-geometry';
import { FOLIO_SIZE } from './text-styles';

/**
 * Where things go on a page, in points. Proportions follow the page's short side so every size
 * looks alike. Square and portrait pages put the picture above the text; landscape pages put it
 * beside the text (unless the picture itself is wide, which reads better on top).
 */
export interface PageFrame {
  /** The area inside the margins; nothing but the page number and ornaments leaves it. */
  content: Box;
  /** Space between picture and text. */
  gap: number;
  /** The decorative frame around the content, in the margin. */
  border: Box;
  /** The page number sits centred on this point, on the frame's bottom edge. */
  folio: { x: number; baseline: number };
}

export type Arrangement = 'stacked' | 'side';

/** The picture's share of the content height on stacked pages; it grows when the text is short. */
export const PICTURE_SHARE = { min: 0.45, max: 0.74 };
/** The picture's share of the content width on side-by-side pages; it narrows when the text is long. */
export const SIDE_PICTURE_SHARE = { min: 0.4, max: 0.56 };
/** Pictures wider than this go on top even on landscape pages. */
const WIDE_PICTURE = 1.4;

export function pageFrame(geometry: PageGeometry): PageFrame {
  const { trim } = geometry;
  const short = Math.min(trim.width, trim.height);
  const margin = Math.round(short * 0.075);
  const gap = Math.round(short * 0.04);
  const content = insetBox(trim, margin);
  const border = insetBox(content, -gap * 0.55);
  // The number's middle (about 0.35 em above its baseline) sits on the frame's bottom line.
  return { content, gap, border, folio: { x: trim.x + trim.width / 2, baseline: border.y + border.height + FOLIO_SIZE * 0.35 } };
}

export function arrangementFor(geometry: PageGeometry, pictureAspect: number): Arrangement {
  return geometry.orientation === 'landscape' && pictureAspect <= WIDE_PICTURE ? 'side' : 'stacked';
}

/** The largest box of the picture's shape inside `region`, centred in it. */
export function containBox(region: Box, pictureWidth: number, pictureHeight: number): Box {
  const scale = Math.min(region.width / pictureWidth, region.height / pictureHeight);
  const width = pictureWidth * scale;
  const height = pictureHeight * scale;
  return { x: region.x + (region.width - width) / 2, y: region.y + (region.height - height) / 2, width, height };
}

/** The tallest picture a stacked page allows for this shape of picture. */
export function largestStackedPicture(frame: PageFrame, pictureAspect: number): number {
  return Math.min(frame.content.width / pictureAspect, frame.content.height * PICTURE_SHARE.max);
}

/** Stacked: the picture, `pictureHeight` tall, on top; the text below it. */
export function stackedRegions(frame: PageFrame, pictureHeight: number, pictureAspect: number): { picture: Box; text: Box } {
  const { content, gap } = frame;
  const picture = containBox({ ...content, height: pictureHeight }, pictureAspect, 1);
  const textTop = picture.y + picture.height + gap;
  return { picture, text: { x: content.x, y: textTop, width: content.width, height: content.y + content.height - textTop } };
}

/** Side by side: the picture on the left (`leftShare` of the width at most), the text in the rest. */
export function sideRegions(frame: PageFrame, pictureAspect: number, leftShare = SIDE_PICTURE_SHARE.max): { picture: Box; text: Box } {
  const { content, gap } = frame;
  const fitted = containBox({ ...content, width: content.width * leftShare }, pictureAspect, 1);
  const picture = { ...fitted, x: content.x };
  const textLeft = picture.x + picture.width + gap;
  return { picture, text: { x: textLeft, y: content.y, width: content.x + content.width - textLeft, height: content.height } };
}

/** The paper-coloured mat around the cover picture; the picture is laid out with room for it. */
export function coverMatWidth(frame: PageFrame): number {
  return frame.gap * 0.5;
}

/** The cover: the title above the picture, or beside it (title on the left) on landscape pages. */
export function coverRegions(geometry: PageGeometry, frame: PageFrame, pictureAspect: number): { title: Box; picture: Box } {
  const { gap } = frame;
  const content = insetBox(frame.content, coverMatWidth(frame));
  if (arrangementFor(geometry, pictureAspect) === 'side') {
    const fitted = containBox({ ...content, x: content.x + content.width * 0.42, width: content.width * 0.58 }, pictureAspect, 1);
    const picture = { ...fitted, x: content.x + content.width - fitted.width };
    return { title: { ...content, width: picture.x - gap - content.x }, picture };
  }
  const titleHeight = content.height * 0.26;
  const picture = containBox({ ...content, y: content.y + titleHeight + gap, height: content.height - titleHeight - gap }, pictureAspect, 1);
  return { title: { ...content, height: titleHeight }, picture };
}
