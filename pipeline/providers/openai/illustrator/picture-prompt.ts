import type { ArtStyle, Scene, StoryBible } from '../../../model';
import { imagePrompt } from '../../../plan/image-prompt';

/**
 * The prompt for one picture: the style, the place, every character present with their fixed
 * look from the bible (the same words on every page, so they stay the same), then what the
 * planner said the picture shows. A plan made offline already has that rendering as its image
 * prompt, so it is not said twice. Cut to the model's limit at a word boundary.
 */
export function picturePrompt(scene: Scene, bible: StoryBible, style: ArtStyle, limit: number): string {
  const rendered = imagePrompt(scene.description, bible, style);
  // The rendering already forbids writing; a planner's prompt says it again at its end.
  const planned = scene.imagePrompt.replace(/\s*No words or letters in the picture\.?\s*$/i, '').trim();
  const parts = [rendered];
  if (planned && !rendered.includes(planned)) parts.push(`The picture shows: ${planned}`);
  if (scene.description.characters.length > 0) parts.push('Draw each character exactly as described, the same on every page of the book.');
  const prompt = parts.join(' ');
  if (prompt.length <= limit) return prompt;
  const cut = prompt.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2))}…`;
}
