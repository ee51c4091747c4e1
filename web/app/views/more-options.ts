import { h } from '../dom';

const PAGE_SIZES: [string, string][] = [['square', 'Square (8.5 in)'], ['a4-portrait', 'A4 portrait'], ['a4-landscape', 'A4 landscape'], ['letter-portrait', 'US Letter portrait'], ['letter-landscape', 'US Letter landscape']];
const ASPECTS: [string, string][] = [['16:9', 'Wide 16:9'], ['9:16', 'Phone 9:16'], ['1:1', 'Square 1:1']];
const MODES: [string, string][] = [['still', 'Still pictures (fast)'], ['motion', 'Slow pan and zoom']];

/** The choices most people leave alone, folded away: page count, PDF page, video shape, seed. */
export function moreOptions(limits: { minScenes: number; maxScenes: number }, error: (field: string) => HTMLElement) {
  const scenes = h('input', { type: 'number', id: 'field-scenes', name: 'scenes', min: limits.minScenes, max: limits.maxScenes, placeholder: 'Automatic', inputmode: 'numeric' });
  const seed = h('input', { type: 'number', id: 'field-seed', name: 'seed', min: 0, placeholder: '1', inputmode: 'numeric' });
  const pageSize = choice('pageSize', PAGE_SIZES);
  const aspect = choice('aspect', ASPECTS);
  const videoMode = choice('videoMode', MODES);
  const field = (id: string, label: string, control: HTMLElement, errorFor: string) => h('div', { className: 'field' }, h('label', { for: id }, label), control, error(errorFor));
  const element = h('details', { className: 'more-options' }, h('summary', {}, 'More choices'),
    h('div', { className: 'option-grid' },
      field('field-scenes', 'Pages', scenes, 'scenes'), field('field-pageSize', 'PDF page', pageSize, 'render'),
      field('field-aspect', 'Video shape', aspect, 'render'), field('field-videoMode', 'Video pictures', videoMode, 'render'),
      field('field-seed', 'Variation (seed)', seed, 'seed')));

  /** Only what was changed from the defaults, so the server fills the rest. */
  const values = (): Record<string, unknown> => {
    const chosen: Record<string, unknown> = {};
    if (scenes.value.trim()) chosen.scenes = Number(scenes.value);
    if (seed.value.trim()) chosen.seed = Number(seed.value);
    const render: Record<string, string> = {};
    if (pageSize.value !== 'square') render.pageSize = pageSize.value;
    if (aspect.value !== '16:9') render.aspect = aspect.value;
    if (videoMode.value !== 'still') render.videoMode = videoMode.value;
    if (Object.keys(render).length > 0) chosen.render = render;
    return chosen;
  };
  return { element, values };
}

function choice(name: string, entries: [string, string][]): HTMLSelectElement {
  const element = h('select', { id: `field-${name}`, name });
  element.append(...entries.map(([value, label], index) => h('option', { value, selected: index === 0 }, label)));
  return element;
}
