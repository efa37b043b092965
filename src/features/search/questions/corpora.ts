/** Corpora 4–10 (two writers each, split by position): every tuning and held-out half. */
export * from './search-corpus-4a';
export * from './search-corpus-4b';
export * from './search-corpus-5a';
export * from './search-corpus-5b';
export * from './search-corpus-6a';
export * from './search-corpus-6b';
export * from './search-corpus-7a';
export * from './search-corpus-7b';
export * from './search-corpus-8a';
export * from './search-corpus-8b';
export * from './search-corpus-9a';
export * from './search-corpus-9b';
export * from './search-corpus-10a';
export * from './search-corpus-10b';
