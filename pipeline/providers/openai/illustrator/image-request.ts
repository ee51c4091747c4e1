import { PICTURE_PIXELS, type PictureSize } from '../../../model';

export type ImageModelFamily = 'gpt-image' | 'dall-e-3' | 'dall-e-2' | 'other';

export function imageModelFamily(model: string): ImageModelFamily {
  const name = model.toLowerCase();
  if (name.startsWith('gpt-image')) return 'gpt-image';
  if (name.startsWith('dall-e-3')) return 'dall-e-3';
  if (name.startsWith('dall-e-2')) return 'dall-e-2';
  return 'other';
}

const SIZES: Record<Exclude<ImageModelFamily, 'other'>, Record<PictureSize, string>> = {
  'gpt-image': { square: '1024x1024', landscape: '1536x1024', portrait: '1024x1536' },
  'dall-e-3': { square: '1024x1024', landscape: '1792x1024', portrait: '1024x1792' },
  'dall-e-2': { square: '1024x1024', landscape: '1024x1024', portrait: '1024x1024' },
};

const QUALITIES: Record<'gpt-image' | 'dall-e-3', Record<string, string>> = {
  'gpt-image': { low: 'low', medium: 'medium', high: 'high', auto: 'auto', standard: 'medium', hd: 'high' },
  'dall-e-3': { standard: 'standard', hd: 'hd', low: 'standard', medium: 'standard', high: 'hd', auto: 'standard' },
};

// Longest prompts the models take (characters).
const PROMPT_LIMITS: Record<ImageModelFamily, number> = { 'gpt-image': 32_000, 'dall-e-3': 4_000, 'dall-e-2': 1_000, other: 4_000 };

export interface ImageRequestShape {
  size: string;
  quality: string | undefined;
  /** gpt-image models always answer in base64 and refuse the parameter; the others need it. */
  responseFormat: 'b64_json' | undefined;
  outputFormat: 'png' | undefined;
  promptLimit: number;
  warnings: string[];
}

/**
 * The size, quality and format parameters a model accepts for a book's picture shape: each model
 * family has its own sizes (dall-e-2 only squares); other servers (LocalAI, …) get the exact
 * pixels. Pure.
 */
export function imageRequestShape(model: string, size: PictureSize, quality: string | undefined): ImageRequestShape {
  const family = imageModelFamily(model);
  const warnings: string[] = [];
  const pixels = PICTURE_PIXELS[size];
  const requestSize = family === 'other' ? `${pixels.width}x${pixels.height}` : SIZES[family][size];
  if (family === 'dall-e-2' && size !== 'square') warnings.push(`${model} draws only square pictures, so this ${size} picture is square`);
  let chosenQuality: string | undefined;
  if (quality) {
    if (family === 'gpt-image' || family === 'dall-e-3') {
      chosenQuality = QUALITIES[family][quality.toLowerCase()];
      if (!chosenQuality) warnings.push(`${model} has no picture quality "${quality}"; its default was used`);
    } else {
      warnings.push(`${model} takes no picture quality, so "${quality}" was not applied`);
    }
  }
  return {
    size: requestSize,
    quality: chosenQuality,
    responseFormat: family === 'gpt-image' ? undefined : 'b64_json',
    outputFormat: family === 'gpt-image' ? 'png' : undefined,
    promptLimit: PROMPT_LIMITS[family],
    warnings,
  };
}
