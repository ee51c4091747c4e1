import { colourPicture } from '../../testing/synthetic-media';
import { imageRequestShape } from './image-request';
import { picturePrompt } from './picture-prompt';
import { pngSize } from './png-size';
import type { Scene, StoryBible } from '../../../model';

const bible: StoryBible = { characters: [{ id: 'fox', name: 'Fox', kind: 'fox', aliases: [], look: { palette: ['#c8312b'], clothing: 'a green scarf', item: 'scarf', summary: 'a small red fox with a green scarf' } }] };
const scene: Scene = {
  index: 0, text: 'The fox looked at the moon.', start: 0, end: 27,
  description: { setting: 'forest', timeOfDay: 'night', weather: 'clear', season: null, characters: ['fox'], objects: ['moon'], mood: 'calm', action: 'The fox looked at the moon.' },
  imagePrompt: 'A fox sits on a hill under a full moon.',
};

describe('image request shape', () => {
  it('maps the book’s picture shapes to each model’s own sizes', () => {
    expect(['square', 'landscape', 'portrait'].map((size) => imageRequestShape('gpt-image-1', size as 'square', undefined).size)).toEqual(['1024x1024', '1536x1024', '1024x1536']);
    expect(['square', 'landscape', 'portrait'].map((size) => imageRequestShape('dall-e-3', size as 'square', undefined).size)).toEqual(['1024x1024', '1792x1024', '1024x1792']);
    expect(imageRequestShape('stablediffusion', 'landscape', undefined).size).toBe('1280x720');
    expect(imageRequestShape('dall-e-2', 'portrait', undefined)).toMatchObject({ size: '1024x1024', warnings: ['dall-e-2 draws only square pictures, so this portrait picture is square'] });
  });

  it('asks gpt-image for PNG without a response format, and the others for base64', () => {
    expect(imageRequestShape('gpt-image-1', 'square', undefined)).toMatchObject({ responseFormat: undefined, outputFormat: 'png', promptLimit: 32_000 });
    expect(imageRequestShape('dall-e-3', 'square', undefined)).toMatchObject({ responseFormat: 'b64_json', outputFormat: undefined, promptLimit: 4_000 });
  });

  it('translates quality words between the families, and warns about what it cannot use', () => {
    expect(imageRequestShape('dall-e-3', 'square', 'high').quality).toBe('hd');
    expect(imageRequestShape('gpt-image-1', 'square', 'hd').quality).toBe('high');
    expect(imageRequestShape('gpt-image-1', 'square', 'ultra')).toMatchObject({ quality: undefined, warnings: ['gpt-image-1 has no picture quality "ultra"; its default was used'] });
    expect(imageRequestShape('stablediffusion', 'square', 'high').warnings).toEqual(['stablediffusion takes no picture quality, so "high" was not applied']);
  });
});

describe('picture prompt', () => {
  it('carries the style, the place, the character’s look and what the planner saw', () => {
    const prompt = picturePrompt(scene, bible, 'watercolour', 4000);
    expect(prompt).toContain('watercolour');
    expect(prompt).toContain('Fox, a small red fox with a green scarf');
    expect(prompt).toContain('The picture shows: A fox sits on a hill under a full moon.');
    expect(picturePrompt(scene, bible, 'flat', 4000)).toContain('flat vector');
  });

  it('does not repeat an offline plan’s prompt, and keeps to the model’s limit', () => {
    const offline = { ...scene, imagePrompt: picturePrompt({ ...scene, imagePrompt: '' }, bible, 'flat', 10_000).split(' Draw each')[0] };
    expect(picturePrompt(offline, bible, 'flat', 4000)).not.toContain('The picture shows');
    const short = picturePrompt(scene, bible, 'flat', 120);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short.endsWith('…')).toBe(true);
  });
});

describe('png size', () => {
  it('reads a PNG’s size and refuses other bytes', () => {
    expect(pngSize(colourPicture(0, { width: 64, height: 32 }))).toEqual({ width: 64, height: 32 });
    expect(pngSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(30).fill(0)]))).toBeNull();
  });
});
