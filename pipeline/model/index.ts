// The book model: zod schemas are the source; every type is inferred from them.
export * from './language-tag';
export * from './book-options';
export * from './book-request';
export * from './scene';
export * from './story-bible';
export * from './word-timing';
export * from './plan';
export * from './manifest';
export * from './progress-event';
export * from './vocabulary';
