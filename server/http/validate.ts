import type { z } from 'zod';
import { BadInputError } from '../../pipeline/errors';
import { TOO_LARGE } from '../api/request-schemas';

const PLACES = { body: 'the request body', query: 'the query string', params: 'the URL' } as const;

export interface IssueDetail {
  /** Where in the input: ["text"], ["formats", 1]. Empty for the input as a whole. */
  path: (string | number)[];
  message: string;
}

/**
 * Parses with a zod schema or throws a BadInputError whose message names every problem in plain
 * words ("language: … is not a BCP-47 language tag") and whose details list them for the page.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, place: keyof typeof PLACES, code = 'bad_input'): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: IssueDetail[] = result.error.issues.map((issue) => ({ path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)), message: describeIssue(issue, input) }));
  const tooLarge = result.error.issues.some((issue) => issue.code === 'custom' && (issue as { params?: { reason?: string } }).params?.reason === TOO_LARGE);
  const summary = issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
  throw new BadInputError(`${capitalize(PLACES[place])} is not right: ${summary}`, { issues }, tooLarge ? TOO_LARGE : code);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.path.length === 0) {
    return input === undefined ? 'it is missing: send a JSON object with Content-Type: application/json' : `expected a JSON object, got ${describeValue(input)}`;
  }
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${describeValue(valueAt(input, issue.path))}`;
  if (issue.code === 'too_big' || issue.code === 'too_small') return describeBound(issue);
  if (issue.code === 'invalid_value' && 'values' in issue) return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  return issue.message;
}

function describeBound(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  // Custom messages ("the prompt is empty") are already plain words; keep them.
  if (!/^Too (big|small)/.test(issue.message)) return issue.message;
  const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
  const most = issue.code === 'too_big' ? 'at most' : 'at least';
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ` item${Number(limit) === 1 ? '' : 's'}` : '';
  return `must be ${most} ${String(limit)}${unit}`;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 30 ? value.slice(0, 30) + '…' : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
