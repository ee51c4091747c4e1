import type { BookSnapshot } from '../shared/book-events';
import type { Manifest } from '../../pipeline/model/manifest';

/** An answer the server refused, in its own words, with the fields at fault when it named them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: (string | number)[]; message: string }[] = [],
  ) {
    super(message);
  }
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    // A FormData body sets its own multipart content type, with the boundary.
    const json = init.body && !(init.body instanceof FormData);
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...(json ? { 'content-type': 'application/json' } : {}), ...init.headers } });
  } catch {
    throw new ApiError(0, 'offline', 'Storyloom’s server cannot be reached. Is it still running?');
  }
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? 'unknown', error?.message ?? `the server answered ${response.status}`, error?.details?.issues ?? []);
  }
  return body as T;
}

export interface ApiOptions {
  languages: { tag: string; name: string }[];
  voices: { id: string; name: string; language: string; styles: string[] }[];
  styles: string[];
  sizes: { id: string; width: number; height: number }[];
  formats: string[];
  limits: { storyCharacters: number; promptCharacters: number; minScenes: number; maxScenes: number };
  providers: { capability: string; provider: string; model: string; reason: string }[];
}

export interface BookSummary {
  id: string;
  title: string | null;
  status: BookSnapshot['status'];
  createdAt: string;
  sceneCount: number;
  coverUrl: string | null;
  overall: number;
  step: string;
}

export const api = {
  options: () => call<ApiOptions>('/api/options'),
  createBook: (body: Record<string, unknown>) => call<{ id: string; status: string }>('/api/books', { method: 'POST', body: JSON.stringify(body) }),
  createBookFromRecording: (recording: Blob, name: string, options: Record<string, unknown>) => {
    const form = new FormData();
    form.append('recording', recording, name);
    form.append('options', JSON.stringify(options));
    return call<{ id: string; status: string }>('/api/books', { method: 'POST', body: form });
  },
  listBooks: (offset = 0, limit = 24) => call<{ books: BookSummary[]; total: number; next: string | null }>(`/api/books?limit=${limit}&offset=${offset}`),
  book: (id: string) => call<{ book: BookSnapshot; manifest: Manifest }>(`/api/books/${encodeURIComponent(id)}`),
  cancel: (id: string) => call<{ id: string; status: string }>(`/api/books/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
  resume: (id: string) => call<{ id: string; status: string }>(`/api/books/${encodeURIComponent(id)}/resume`, { method: 'POST' }),
  remove: (id: string) => call<void>(`/api/books/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};
