import { describe, expect, it } from 'vitest';
import { articleId } from '../../../electron/core/articles';

describe('articleId', () => {
  it('is a_ and 16 hex digits of the content hash', () => {
    expect(articleId('标题\n\n正文。')).toMatch(/^a_[0-9a-f]{16}$/);
  });

  it('ignores layout whitespace and line-ending differences', () => {
    expect(articleId('标题\n\n正文。  第二句。')).toBe(articleId(' 标题\r\n正文。\t第二句。\n'));
  });

  it('differs when the content differs', () => {
    expect(articleId('标题\n\n正文。')).not.toBe(articleId('标题\n\n正文!'));
  });
});
