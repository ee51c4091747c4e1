import { z } from 'zod';
import { LanguageTagSchema } from './language-tag';

/** Art styles the illustrators know. Every illustrator accepts every style (cloud models get it as words). */
export const ART_STYLES = ['picture-book', 'flat', 'watercolour', 'silhouette'] as const;
export const ArtStyleSchema = z.enum(ART_STYLES);
export type ArtStyle = z.infer<typeof ArtStyleSchema>;

/** The shape of the pictures: square 1024×1024, landscape 1280×720, portrait 768×1024. */
export const PICTURE_SIZES = ['square', 'landscape', 'portrait'] as const;
export const PictureSizeSchema = z.enum(PICTURE_SIZES);
export type PictureSize = z.infer<typeof PictureSizeSchema>;

export const PICTURE_PIXELS: Record<PictureSize, { width: number; height: number }> = {
  square: { width: 1024, height: 1024 },
  landscape: { width: 1280, height: 720 },
  portrait: { width: 768, height: 1024 },
};

export const OUTPUT_FORMATS = ['web', 'pdf', 'mp4', 'epub'] as const;
export const OutputFormatSchema = z.enum(OUTPUT_FORMATS);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

/** PDF page sizes: 8.5×8.5 in square (default), A4 and US Letter either way round. */
export const PDF_PAGE_SIZES = ['square', 'a4-portrait', 'a4-landscape', 'letter-portrait', 'letter-landscape'] as const;
export const PdfPageSizeSchema = z.enum(PDF_PAGE_SIZES);
export type PdfPageSize = z.infer<typeof PdfPageSizeSchema>;

export const VIDEO_MODES = ['still', 'motion'] as const;
export const VideoModeSchema = z.enum(VIDEO_MODES);
export type VideoMode = z.infer<typeof VideoModeSchema>;

export const VIDEO_ASPECTS = ['16:9', '9:16', '1:1'] as const;
export const VideoAspectSchema = z.enum(VIDEO_ASPECTS);
export type VideoAspect = z.infer<typeof VideoAspectSchema>;

/** How the renderers lay a book out. Kept apart from the story so `storyloom render` can change it later. */
export const RenderOptionsSchema = z
  .object({
    pageSize: PdfPageSizeSchema.default('square'),
    print: z.boolean().default(false),
    videoMode: VideoModeSchema.default('still'),
    aspect: VideoAspectSchema.default('16:9'),
  })
  .strict();
export type RenderOptions = z.infer<typeof RenderOptionsSchema>;

export const StoryLengthSchema = z.enum(['short', 'medium', 'long']);
export type StoryLength = z.infer<typeof StoryLengthSchema>;

/** Everything a person can choose about a book besides the story itself. */
export const BookOptionsSchema = z
  .object({
    language: LanguageTagSchema.default('en'),
    voice: z.string().trim().min(1).max(100).optional(),
    /** Narration speed: 1 is normal, 0.5 half as fast, 2 twice as fast. */
    rate: z.number().min(0.5).max(2).default(1),
    style: ArtStyleSchema.default('picture-book'),
    size: PictureSizeSchema.default('square'),
    /** Overrides the planner's choice of scene count (1–60). */
    targetScenes: z.number().int().min(1).max(60).optional(),
    formats: z.array(OutputFormatSchema).min(1).default([...OUTPUT_FORMATS]),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
    render: RenderOptionsSchema.default(RenderOptionsSchema.parse({})),
  })
  .strict();
export type BookOptions = z.infer<typeof BookOptionsSchema>;
export type BookOptionsInput = z.input<typeof BookOptionsSchema>;
