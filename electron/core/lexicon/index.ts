export { findLexiconDir, readLexiconRows } from './files';
export { loadSurnames } from './surnames';
export type { Surname } from './surnames';
