import { api, type ApiOptions } from '../api-client';
import { h } from '../dom';
import { preferredLanguage } from '../preferred-language';
import { clearErrors, showErrors } from './form-errors';
import { moreOptions } from './more-options';
import { recordingPanel } from './recording-panel';

const STYLE_NAMES: Record<string, string> = { 'picture-book': 'Picture book', flat: 'Flat colours', watercolour: 'Watercolour', silhouette: 'Night-light silhouette' };
const SIZE_NAMES: Record<string, string> = { square: 'Square', landscape: 'Wide', portrait: 'Tall' };
const FORMAT_NAMES: Record<string, string> = { web: 'Web book', pdf: 'PDF', mp4: 'Video', epub: 'EPUB' };

/** Create: a story pasted or opened from a file, or an idea for one; the options; Create. */
export function createView(root: HTMLElement, options: ApiOptions, go: (hash: string) => void): void {
  let mode: 'text' | 'prompt' | 'recording' = 'text';
  const error = (field: string) => h('p', { className: 'field-error', 'data-error-for': field, role: 'alert', hidden: true });
  const general = h('p', { className: 'form-error', role: 'alert', hidden: true });

  const text = h('textarea', { id: 'story-text', name: 'text', rows: 10, placeholder: 'Once upon a time…', 'aria-describedby': 'story-count' });
  const count = h('span', { id: 'story-count', className: 'hint' });
  const updateCount = () => {
    count.textContent = `${text.value.length.toLocaleString()} / ${options.limits.storyCharacters.toLocaleString()} characters`;
    // Over the limit, the count says so before the server has to.
    count.classList.toggle('over-limit', text.value.length > options.limits.storyCharacters);
  };
  text.addEventListener('input', updateCount);
  updateCount();
  const file = h('input', { type: 'file', accept: '.txt,text/plain', className: 'visually-hidden', id: 'story-file' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    updateCount();
  });

  const prompt = h('textarea', { id: 'story-prompt', name: 'prompt', rows: 3, maxlength: options.limits.promptCharacters, placeholder: 'a bedtime story about a shy dragon who learns to swim' });
  const length = select('length', [['short', 'Short'], ['medium', 'Medium'], ['long', 'Long']], 'medium');

  const textPanel = h('div', { className: 'panel', id: 'panel-text' },
    h('div', { className: 'field' }, h('label', { for: 'story-text' }, 'Your story'), text, h('div', { className: 'field-foot' }, h('label', { for: 'story-file', className: 'link-button' }, 'Open a .txt file'), file, count), error('text')));
  const promptPanel = h('div', { className: 'panel', id: 'panel-prompt', hidden: true },
    h('div', { className: 'field' }, h('label', { for: 'story-prompt' }, 'Your idea'), prompt, error('prompt')),
    h('div', { className: 'field field-small' }, h('label', { for: 'field-length' }, 'Length'), length, error('length')));

  const recordingChoice = recordingPanel(options, error);
  const tab = (value: typeof mode, label: string) =>
    h('button', { type: 'button', role: 'tab', className: 'tab', 'aria-selected': String(value === mode), 'data-mode': value, onclick: () => setMode(value) }, label);
  const tabs = h('div', { className: 'tabs', role: 'tablist' }, tab('text', 'Paste a story'), tab('prompt', 'Start from an idea'), tab('recording', 'Tell it aloud'));
  const setMode = (value: typeof mode) => {
    mode = value;
    textPanel.hidden = value !== 'text';
    promptPanel.hidden = value !== 'prompt';
    recordingChoice.element.hidden = value !== 'recording';
    for (const button of tabs.querySelectorAll('button')) button.setAttribute('aria-selected', String(button.dataset.mode === value));
  };

  const startingLanguage = preferredLanguage(options.languages.map((entry) => entry.tag), navigator.languages ?? [navigator.language]);
  const language = select('language', options.languages.map((entry) => [entry.tag, entry.name]), startingLanguage);
  const voice = h('select', { id: 'field-voice', name: 'voice' });
  const fillVoices = () => {
    const primary = language.value.split('-')[0];
    const voices = options.voices.filter((entry) => entry.language.split('-')[0] === primary);
    voice.replaceChildren(h('option', { value: '' }, 'Default voice'), ...voices.map((entry) => h('option', { value: entry.id }, entry.name)));
  };
  language.addEventListener('change', fillVoices);
  fillVoices();
  const style = select('style', options.styles.map((id) => [id, STYLE_NAMES[id] ?? id]), 'picture-book');
  const size = select('size', options.sizes.map((entry) => [entry.id, SIZE_NAMES[entry.id] ?? entry.id]), 'square');
  const formats = h('fieldset', { className: 'field formats' }, h('legend', {}, 'Make'),
    ...options.formats.map((format) => h('label', { className: 'check' }, h('input', { type: 'checkbox', name: 'formats', value: format, checked: true }), FORMAT_NAMES[format] ?? format)), error('formats'));

  const more = moreOptions(options.limits, error);
  const create = h('button', { type: 'submit', className: 'primary big' }, 'Create the book');
  const form = h('form', { className: 'create-form', novalidate: true },
    tabs, textPanel, promptPanel, recordingChoice.element,
    h('div', { className: 'option-grid' },
      field('language', 'Language', language, error('language')), field('voice', 'Voice', voice, error('voice')),
      field('style', 'Art style', style, error('style')), field('size', 'Picture shape', size, error('size'))),
    formats, more.element, h('div', { className: 'form-actions' }, create, general));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, general);
    const recorded = mode === 'recording' ? recordingChoice.recording() : null;
    if (mode === 'recording' && !recorded) return;
    const body: Record<string, unknown> = mode === 'text' ? { text: text.value } : mode === 'prompt' ? { prompt: prompt.value, length: length.value } : {};
    Object.assign(body, { language: language.value, style: style.value, size: size.value });
    if (voice.value) body.voice = voice.value;
    Object.assign(body, more.values());
    body.formats = [...form.querySelectorAll<HTMLInputElement>('input[name="formats"]:checked')].map((box) => box.value);
    create.disabled = true;
    create.textContent = 'Creating…';
    try {
      const created = recorded ? await api.createBookFromRecording(recorded.blob, recorded.name, body) : await api.createBook(body);
      go(`#/books/${created.id}`);
    } catch (failure) {
      showErrors(form, general, failure);
      create.disabled = false;
      create.textContent = 'Create the book';
    }
  });

  root.replaceChildren(
    h('section', { className: 'hero' }, h('h1', {}, 'Turn a story into a picture book'), h('p', {}, 'Paste a story or start from an idea. Storyloom draws every page, reads it aloud, and makes a book you can play, print or watch.')),
    h('section', { className: 'card' }, form),
  );
}

function select(name: string, entries: [string, string][], chosen?: string): HTMLSelectElement {
  const element = h('select', { id: `field-${name}`, name });
  element.append(...entries.map(([value, label]) => h('option', { value, selected: value === chosen }, label)));
  return element;
}

function field(name: string, label: string, control: HTMLElement, error: HTMLElement): HTMLElement {
  return h('div', { className: 'field' }, h('label', { for: `field-${name}` }, label), control, error);
}
