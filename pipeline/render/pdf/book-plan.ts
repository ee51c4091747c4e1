import { prepareText, type PreparedText } from './line-breaking';
import type { Box, PageGeometry } from './page-geometry';
import { arrangementFor, containBox, coverRegions, largestStackedPicture, pageFrame, PICTURE_SHARE, SIDE_PICTURE_SHARE, sideRegions, stackedRegions, type PageFrame } from './page-layout';
import { balancedLines, fitText, largestPaginatedSize, linesAt, linesHeight, type TextStyle } from './text-fitting';
import type { TextMeasurer } from './text-measurer';
import { placeLines, type Placement, type PlacedText } from './text-placement';
import { BODY_PREFERRED_SIZE, BODY_STYLE, END_STYLE, TITLE_STYLE } from './text-styles';

export interface PlanPicture {
  /** Path relative to the book folder; read only when its page is drawn. */
  file: string;
  width: number;
  height: number;
}

export interface PlanScene {
  text: string;
  picture: PlanPicture | null;
  alt: string;
}

export interface BookPlanInput {
  title: string;
  endWords: string;
  scenes: PlanScene[];
}

/** Font keys to try in order, for story text and for display text (title, "The End", page numbers). */
export interface FontChains {
  body: string[];
  display: string[];
}

export interface PlacedPicture extends PlanPicture {
  box: Box;
  alt: string;
}

export type PagePlan =
  | { kind: 'cover'; title: PlacedText; picture: PlacedPicture | null }
  | { kind: 'scene'; sceneIndex: number; folio: number; picture: PlacedPicture | null; text: PlacedText }
  | { kind: 'continuation'; sceneIndex: number | null; folio: number | null; text: PlacedText }
  | { kind: 'end'; words: PlacedText };

/**
 * Lays the whole book out before anything is drawn: every page's picture box and every line of
 * text with its font and position. Pure, so the writer only paints and tests can check every box.
 */
export function planBook(input: BookPlanInput, geometry: PageGeometry, chains: FontChains, measurer: TextMeasurer, onMissing?: (grapheme: string) => void): PagePlan[] {
  const frame = pageFrame(geometry);
  const fontChoices = new Map<string[], Map<string, string | null>>([[chains.body, new Map()], [chains.display, new Map()]]);
  const prepare = (text: string, chain: string[]) => prepareText(text, chain, measurer, onMissing, fontChoices.get(chain));
  const pages: PagePlan[] = [...planCover(input, geometry, frame, prepare(input.title, chains.display), chains, measurer)];
  let folio = 1;
  input.scenes.forEach((scene, sceneIndex) => {
    const prepared = prepare(scene.text, chains.body);
    const picture = scene.picture;
    const aspect = picture ? picture.width / picture.height : 1;
    let regions: { picture: Box | null; text: Box };
    if (!picture) regions = { picture: null, text: frame.content };
    else if (arrangementFor(geometry, aspect) === 'side') regions = sideRegions(frame, aspect, sidePictureShare(prepared, frame, aspect, measurer));
    else regions = stackedRegions(frame, stackedPictureHeight(prepared, frame, aspect, chains, measurer), aspect);
    const placedPicture = picture && regions.picture ? { ...picture, box: regions.picture, alt: scene.alt } : null;
    const [first, ...rest] = setText(prepared, regions.text, frame.content, BODY_STYLE, { align: 'block', vertical: 'center' }, measurer, chains.body[0]);
    pages.push({ kind: 'scene', sceneIndex, folio: folio++, picture: placedPicture, text: first });
    for (const text of rest) pages.push({ kind: 'continuation', sceneIndex, folio: folio++, text });
  });
  const [words, ...more] = setText(prepare(input.endWords, chains.display), frame.content, frame.content, END_STYLE, { align: 'center', vertical: 'center' }, measurer, chains.display[0]);
  for (const text of more) pages.push({ kind: 'continuation', sceneIndex: null, folio: null, text });
  pages.push({ kind: 'end', words });
  return pages;
}

/** A stacked page's picture takes whatever the text leaves at the preferred size, within limits. */
function stackedPictureHeight(prepared: PreparedText, frame: PageFrame, aspect: number, chains: FontChains, measurer: TextMeasurer): number {
  const { content, gap } = frame;
  const lines = linesAt(prepared, content.width, BODY_PREFERRED_SIZE, measurer);
  const textHeight = linesHeight(lines, BODY_PREFERRED_SIZE, BODY_STYLE);
  const largest = largestStackedPicture(frame, aspect);
  return Math.max(Math.min(content.height - gap - textHeight, largest), Math.min(content.height * PICTURE_SHARE.min, largest));
}

/** A side-by-side page's picture narrows (down to 40% of the width) while the text needs room at the preferred size. */
function sidePictureShare(prepared: PreparedText, frame: PageFrame, aspect: number, measurer: TextMeasurer): number {
  const shares = [SIDE_PICTURE_SHARE.max, 0.52, 0.48, 0.44, SIDE_PICTURE_SHARE.min];
  const roomy = shares.find((share) => {
    const text = sideRegions(frame, aspect, share).text;
    return linesHeight(linesAt(prepared, text.width, BODY_PREFERRED_SIZE, measurer), BODY_PREFERRED_SIZE, BODY_STYLE) <= text.height;
  });
  return roomy ?? SIDE_PICTURE_SHARE.min;
}

function planCover(input: BookPlanInput, geometry: PageGeometry, frame: PageFrame, title: PreparedText, chains: FontChains, measurer: TextMeasurer): PagePlan[] {
  const picture = input.scenes[0]?.picture ?? null;
  const placement: Placement = { align: 'center', vertical: 'center' };
  if (picture) {
    const regions = coverRegions(geometry, frame, picture.width / picture.height);
    const fitted = fitText(title, regions.title, TITLE_STYLE, measurer);
    if (fitted.fits) {
      const lines = balancedLines(title, regions.title.width, fitted.size, measurer);
      const text = placeLines(lines, fitted.size, TITLE_STYLE, regions.title, placement, measurer.metrics(chains.display[0]));
      return [{ kind: 'cover', title: text, picture: { ...picture, box: containBox(regions.picture, picture.width, picture.height), alt: input.scenes[0].alt } }];
    }
  }
  // No picture, or a title too long to share the cover: the title gets the whole cover.
  const [first, ...rest] = setText(title, frame.content, frame.content, TITLE_STYLE, placement, measurer, chains.display[0]);
  return [{ kind: 'cover', title: first, picture: null }, ...rest.map((text): PagePlan => ({ kind: 'continuation', sceneIndex: null, folio: null, text }))];
}

/**
 * Fits text into `box`; when even the smallest size is too big, fills `box` and continues on
 * pages whose text area is `nextBox`, at the same size and line width. Nothing is ever cut.
 */
function setText(prepared: PreparedText, box: Box, nextBox: Box, style: TextStyle, placement: Placement, measurer: TextMeasurer, mainFont: string): PlacedText[] {
  const metrics = measurer.metrics(mainFont);
  const fitted = fitText(prepared, box, style, measurer);
  if (fitted.fits) return [placeLines(fitted.lines, fitted.size, style, box, placement, metrics)];
  const { size, pages } = largestPaginatedSize(prepared, box, nextBox, style, measurer);
  return pages.map((lines, index) => {
    // Later pages keep the line width the lines were broken for, centred on the page.
    const target = index === 0 ? box : { ...nextBox, x: nextBox.x + (nextBox.width - box.width) / 2, width: box.width };
    return placeLines(lines, size, style, target, { ...placement, vertical: 'top' }, metrics);
  });
}
