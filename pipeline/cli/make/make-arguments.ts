import {
  ART_STYLES, LanguageTagSchema, OUTPUT_FORMATS, PDF_PAGE_SIZES, PICTURE_SIZES, VIDEO_ASPECTS, VIDEO_MODES,
  type BookOptionsInput, type OutputFormat, type StoryLength,
} from '../../model';
import { UsageError } from '../cli-io';
import { integerOption, parseOptions } from '../parse-options';

export const MAKE_OPTIONS = {
  prompt: { type: 'string' },
  length: { type: 'string' },
  out: { type: 'string', short: 'o' },
  language: { type: 'string', short: 'l' },
  voice: { type: 'string' },
  style: { type: 'string' },
  size: { type: 'string' },
  scenes: { type: 'string' },
  seed: { type: 'string' },
  formats: { type: 'string' },
  json: { type: 'boolean' },
  'page-size': { type: 'string' },
  print: { type: 'boolean' },
  'video-mode': { type: 'string' },
  aspect: { type: 'string' },
} as const;

export interface MakeArguments {
  /** A story file (or "-" for standard input), or a prompt for the writer. */
  story: { kind: 'file'; path: string } | { kind: 'prompt'; prompt: string; length: StoryLength };
  out: string;
  options: BookOptionsInput & { language: string };
  json: boolean;
}

/** One of a fixed set, or a usage error that lists the set. */
export function oneOf<Value extends string>(command: string, name: string, value: string | undefined, allowed: readonly Value[]): Value | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of: ${allowed.join(', ')} (not "${value}")`, command);
  return value as Value;
}

/** "web,pdf" → ["web", "pdf"]; "all" → every format. */
export function formatList(command: string, value: string | undefined): OutputFormat[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === 'all') return [...OUTPUT_FORMATS];
  const formats = value.split(',').map((part) => part.trim()).filter(Boolean);
  if (formats.length === 0) throw new UsageError(`--formats needs at least one of: ${OUTPUT_FORMATS.join(', ')}`, command);
  for (const format of formats) oneOf(command, 'formats', format, OUTPUT_FORMATS);
  return [...new Set(formats)] as OutputFormat[];
}

/** The render options a person can set on `make` and `render`; only those given. */
export function renderOptions(command: string, values: { 'page-size'?: string; print?: boolean; 'video-mode'?: string; aspect?: string }) {
  const chosen = {
    pageSize: oneOf(command, 'page-size', values['page-size'], PDF_PAGE_SIZES),
    print: values.print,
    videoMode: oneOf(command, 'video-mode', values['video-mode'], VIDEO_MODES),
    aspect: oneOf(command, 'aspect', values.aspect, VIDEO_ASPECTS),
  };
  return Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined)) as Partial<{ pageSize: (typeof PDF_PAGE_SIZES)[number]; print: boolean; videoMode: (typeof VIDEO_MODES)[number]; aspect: (typeof VIDEO_ASPECTS)[number] }>;
}

export function readMakeArguments(argv: string[]): MakeArguments {
  const { values, positionals } = parseOptions('make', argv, MAKE_OPTIONS);
  if (!values.out) throw new UsageError('say where to put the book with --out <folder>', 'make');
  if (values.prompt !== undefined && positionals.length > 0) throw new UsageError('give either a story file or --prompt, not both', 'make');
  if (positionals.length > 1) throw new UsageError(`give one story file, not ${positionals.length} (${positionals.join(', ')})`, 'make');
  if (values.prompt === undefined && positionals.length === 0) throw new UsageError('give a story file, - to read standard input, or --prompt "…"', 'make');
  if (values.length !== undefined && values.prompt === undefined) throw new UsageError('--length only applies with --prompt', 'make');
  const language = values.language === undefined ? 'en' : LanguageTagSchema.safeParse(values.language);
  if (typeof language !== 'string' && !language.success) throw new UsageError(`--language "${values.language}" is not a language tag (try en, en-GB, de, fr)`, 'make');
  const options: MakeArguments['options'] = {
    language: typeof language === 'string' ? language : language.data,
    voice: values.voice,
    style: oneOf('make', 'style', values.style, ART_STYLES),
    size: oneOf('make', 'size', values.size, PICTURE_SIZES),
    targetScenes: integerOption('make', 'scenes', values.scenes, 1, 60),
    seed: integerOption('make', 'seed', values.seed, 0, 2 ** 31 - 1),
    formats: formatList('make', values.formats),
    render: renderOptions('make', values),
  };
  const story: MakeArguments['story'] = values.prompt !== undefined
    ? { kind: 'prompt', prompt: values.prompt, length: oneOf('make', 'length', values.length, ['short', 'medium', 'long'] as const) ?? 'medium' }
    : { kind: 'file', path: positionals[0] };
  return { story, out: values.out, options: withoutUndefined(options), json: values.json === true };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
