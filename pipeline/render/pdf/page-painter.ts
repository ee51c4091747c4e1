import type { PagePlan, PlacedPicture } from './book-plan';
import type { Box, PageGeometry } from './page-geometry';
import { coverMatWidth, type PageFrame } from './page-layout';
import { asArtifact, paintBorder, paintFolio, paintOrnament, paintPaper, paintTrimMarks, setPrintBoxes } from './page-decoration';
import { COLOURS, rgbOf } from './page-style';
import type { Rgb } from './picture-preparation';
import type { PlacedText } from './text-placement';

export interface PaintContext {
  document: PDFKit.PDFDocument;
  geometry: PageGeometry;
  frame: PageFrame;
  /** The tagged-PDF root: pictures become Figures with alt text, text becomes headings and paragraphs. */
  structure: PDFKit.PDFStructureElement;
  /** Reads a picture (only now, when its page is drawn) ready to embed on this background. */
  loadPicture: (picture: PlacedPicture, background: Rgb) => Promise<Buffer>;
}

/** Adds one page and paints it from its plan. Pictures are loaded here and dropped after. */
export async function paintPage(context: PaintContext, page: PagePlan): Promise<void> {
  const { document, geometry, frame, structure } = context;
  const isCover = page.kind === 'cover';
  const paper = isCover ? COLOURS.cover : COLOURS.paper;
  const picturePlan = page.kind === 'cover' || page.kind === 'scene' ? page.picture : null;
  const picture = picturePlan ? await context.loadPicture(picturePlan, rgbOf(paper)) : null;

  document.addPage({ size: [geometry.mediaWidth, geometry.mediaHeight], margin: 0 });
  setPrintBoxes(document, geometry);
  asArtifact(document, () => {
    paintPaper(document, geometry, paper);
    paintBorder(document, frame.border, isCover ? COLOURS.coverAccent : COLOURS.soft);
  });
  if (page.kind === 'cover') {
    structure.add(document.struct('H1', {}, () => paintText(document, page.title, COLOURS.coverInk)));
    const last = page.title.lines[page.title.lines.length - 1];
    if (last) asArtifact(document, () => paintOrnament(document, page.title.box.x + page.title.box.width / 2, last.baseline + page.title.size * 0.55, 1.2, COLOURS.coverAccent));
    if (picturePlan && picture) paintPicture(context, picturePlan, picture, COLOURS.coverInk);
  } else if (page.kind === 'scene') {
    if (picturePlan && picture) paintPicture(context, picturePlan, picture, null);
    structure.add(document.struct('P', {}, () => paintText(document, page.text, COLOURS.ink)));
  } else if (page.kind === 'continuation') {
    structure.add(document.struct('P', {}, () => paintText(document, page.text, COLOURS.ink)));
  } else {
    structure.add(document.struct('P', {}, () => paintText(document, page.words, COLOURS.accent)));
    const last = page.words.lines[page.words.lines.length - 1];
    if (last) asArtifact(document, () => paintOrnament(document, frame.content.x + frame.content.width / 2, last.baseline + page.words.size * 0.8, 1.6, COLOURS.accent));
  }
  const folio = page.kind === 'scene' || page.kind === 'continuation' ? page.folio : null;
  asArtifact(document, () => {
    if (folio !== null) paintFolio(document, folio, frame.folio, 'display');
    paintTrimMarks(document, geometry);
  });
}

export function paintText(document: PDFKit.PDFDocument, text: PlacedText, colour: string): void {
  document.fillColor(colour);
  for (const line of text.lines) {
    for (const run of line.runs) {
      document.font(run.font).fontSize(text.size).text(run.text, run.x, line.baseline, { lineBreak: false, baseline: 'alphabetic' });
    }
  }
}

/** The picture with softly rounded corners and a faint shadow; on the cover, in a paper-coloured mat. */
function paintPicture(context: PaintContext, plan: PlacedPicture, data: Buffer, mat: string | null): void {
  const { document, structure } = context;
  const box = plan.box;
  const radius = Math.min(box.width, box.height) * 0.03;
  asArtifact(document, () => {
    if (mat) {
      const border = coverMatWidth(context.frame);
      document.roundedRect(box.x - border, box.y - border, box.width + 2 * border, box.height + 2 * border, radius + border * 0.6).fill(mat);
    } else {
      document.save().fillOpacity(0.55).roundedRect(box.x + 2.5, box.y + 3.5, box.width, box.height, radius).fill(COLOURS.soft).restore();
    }
  });
  structure.add(
    document.struct('Figure', { alt: plan.alt }, () => {
      document.save();
      roundedClip(document, box, radius);
      document.image(data, box.x, box.y, { width: box.width, height: box.height });
      document.restore();
    }),
  );
}

function roundedClip(document: PDFKit.PDFDocument, box: Box, radius: number): void {
  document.roundedRect(box.x, box.y, box.width, box.height, radius).clip();
}
