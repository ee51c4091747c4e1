/** The smallest type a page's text steps down to; below it the text scrolls in its box instead. */
export const SMALLEST_TEXT_PX = 15;

/**
 * On a wide screen the text sits beside the picture in a box as tall as the window allows, and
 * a long scene overflowed it: a laptop reader saw it end mid-sentence above a scroll bar. Steps
 * the type down a pixel at a time until the text fits, to a readable floor. Where the box grows
 * with its text (a phone, the picture above) nothing overflows and nothing changes.
 */
export function fitPageText(text: HTMLElement, smallest = SMALLEST_TEXT_PX): void {
  text.style.removeProperty('font-size');
  const overflows = () => text.scrollHeight > text.clientHeight + 1;
  if (!overflows()) return;
  let size = Number.parseFloat(getComputedStyle(text).fontSize);
  while (overflows() && size > smallest) {
    size = Math.max(smallest, size - 1);
    text.style.fontSize = `${size}px`;
  }
}
