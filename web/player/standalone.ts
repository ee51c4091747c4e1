/**
 * The entry point of a rendered web book (index.html): the book data sits in the page as
 * <script type="application/json" id="storybook-data">, so the book opens from file:// with no
 * fetch and no ES modules, and is mounted on #storybook.
 */
import { mountStorybook } from './mount-storybook';
import type { StorybookData } from './storybook-data';

const data = document.getElementById('storybook-data');
const root = document.getElementById('storybook');
if (data && root) {
  const book = JSON.parse(data.textContent ?? '') as StorybookData;
  document.title = book.title;
  mountStorybook(root, book);
}
