import type { TextStyle } from './text-fitting';

/** Story text: generous by default, shrinking to no less than 11 pt before it continues overleaf. */
export const BODY_STYLE: TextStyle = { maxSize: 26, minSize: 11, step: 0.5, lineHeight: 1.5, paragraphGap: 0.6 };
/** The size stacked pages plan their picture around: the picture grows while the text fits at this. */
export const BODY_PREFERRED_SIZE = 18;
export const TITLE_STYLE: TextStyle = { maxSize: 46, minSize: 14, step: 1, lineHeight: 1.25, paragraphGap: 0.3 };
export const END_STYLE: TextStyle = { maxSize: 52, minSize: 20, step: 2, lineHeight: 1.25, paragraphGap: 0 };
/** Page numbers. */
export const FOLIO_SIZE = 10;
