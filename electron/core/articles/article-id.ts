import { createHash } from 'node:crypto';
import { collapseWhitespace, normaliseText } from './normalise';

/**
 * Content id of an article: `a_` + the first 16 hex digits of the SHA-256 of its normalised text
 * with whitespace collapsed, so the same content read from another encoding or path gets the same id.
 */
export function articleId(text: string): string {
  const canonical = collapseWhitespace(normaliseText(text));
  return `a_${createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, 16)}`;
}
