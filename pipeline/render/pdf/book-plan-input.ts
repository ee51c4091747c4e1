import type { Manifest } from '../../model';
import { pictureAltText } from '../web/picture-alt-text';
import type { BookPlanInput } from './book-plan';
import { endWordsFor } from './end-words';

/** What the PDF needs from the manifest, plus warnings for anything missing. Pure. */
export function bookPlanInput(manifest: Manifest): { input: BookPlanInput; warnings: string[] } {
  const warnings: string[] = [];
  const scenes = manifest.scenes.map((scene, index) => {
    const record = manifest.steps.scenes[index]?.picture ?? null;
    if (!record) warnings.push(`scene ${index + 1} has no picture yet, so its PDF page has only text`);
    return {
      text: scene.text,
      picture: record ? { file: record.file, width: record.width, height: record.height } : null,
      alt: pictureAltText(scene, manifest.bible, manifest.language),
    };
  });
  const title = manifest.title?.trim() || firstWords(manifest.scenes[0]?.text ?? '') || 'Storybook';
  return { input: { title, endWords: endWordsFor(manifest.language), scenes }, warnings };
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, 6).join(' ') + (words.length > 6 ? '…' : '');
}
