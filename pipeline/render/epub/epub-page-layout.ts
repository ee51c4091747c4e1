/** A rectangle on the page, in CSS pixels of the page's viewport. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Every page of the fixed-layout book has this size (its viewport) and these two areas. */
export interface EpubPageLayout {
  width: number;
  height: number;
  picture: Box;
  text: Box;
}

const MARGIN = 48;
const GAP = 56;

/**
 * The page for pictures of this shape: square and portrait pictures sit beside the text (an open
 * picture book), wide ones above it, so the picture is as large as it can be either way.
 */
export function epubPageLayout(picture: { width: number; height: number }): EpubPageLayout {
  const aspect = picture.width / picture.height;
  if (aspect <= 1.25) {
    const height = 1000;
    const pictureHeight = height - 2 * MARGIN;
    const pictureWidth = Math.round(pictureHeight * aspect);
    const textWidth = 760;
    return {
      width: MARGIN + pictureWidth + GAP + textWidth + MARGIN,
      height,
      picture: { left: MARGIN, top: MARGIN, width: pictureWidth, height: pictureHeight },
      text: { left: MARGIN + pictureWidth + GAP, top: MARGIN, width: textWidth, height: pictureHeight },
    };
  }
  const width = 1600;
  const pictureWidth = width - 2 * MARGIN;
  const pictureHeight = Math.round(pictureWidth / aspect);
  const textHeight = 440;
  return {
    width,
    height: MARGIN + pictureHeight + GAP + textHeight + MARGIN,
    picture: { left: MARGIN, top: MARGIN, width: pictureWidth, height: pictureHeight },
    text: { left: MARGIN, top: MARGIN + pictureHeight + GAP, width: pictureWidth, height: textHeight },
  };
}

/** Share of the text box that words fill once line ends and paragraph breaks are allowed for. */
const FILL = 0.62;
/** An average character's area in em²: about half an em wide on a line 1.5 em high. */
const CHARACTER_AREA = 0.52 * 1.5;

/**
 * A font size (px) at which `characters` of text fit the text box. A fixed-layout page cannot
 * scroll, so long scenes get smaller type, within bounds that stay readable.
 */
export function fittingFontSize(characters: number, box: Box, bounds = { smallest: 20, largest: 56 }): number {
  const size = Math.sqrt((FILL * box.width * box.height) / (Math.max(characters, 1) * CHARACTER_AREA));
  return Math.max(bounds.smallest, Math.min(bounds.largest, Math.floor(size)));
}
