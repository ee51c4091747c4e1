import type { PageView } from './page-view';
import type { StorybookPage } from './storybook-data';
import { groupSentences, sentenceOf, wordAt, type Sentence } from './word-timeline';

/**
 * Lights up the word being spoken on the page in view, and hands each sentence to the live
 * region once, as it begins: announcing every word would drown a screen reader.
 */
export class ReadAlongHighlight {
  private page: StorybookPage | undefined;
  private view: PageView | null = null;
  private sentences: Sentence[] = [];
  private word = -1;
  private sentence = -1;

  constructor(private readonly announce: (text: string) => void) {}

  /** Starts over on a newly drawn page (or the cover, with no page). */
  reset(page: StorybookPage | undefined, view: PageView | null): void {
    this.page = page;
    this.view = view;
    this.sentences = page ? groupSentences(page.text, page.words) : [];
    this.word = -1;
    this.sentence = -1;
  }

  showTime(timeMs: number): void {
    if (this.page) this.show(wordAt(this.page.words, timeMs));
  }

  clear(): void {
    this.show(-1);
  }

  private show(word: number): void {
    if (word === this.word || !this.view) return;
    const words = this.view.words;
    words[this.word]?.classList.remove('sb-word-current');
    this.word = word;
    const current = words[word];
    if (!current) return;
    current.classList.add('sb-word-current');
    current.scrollIntoView({ block: 'nearest' });
    const sentence = sentenceOf(this.sentences, word);
    if (sentence !== this.sentence && sentence >= 0) {
      this.sentence = sentence;
      this.announce(this.sentences[sentence].text);
    }
  }
}
