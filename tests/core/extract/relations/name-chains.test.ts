import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../electron/core/extract';

// Counties and districts linked to their city when the chain runs through an organisation's name.
describe('place chains through names', () => {
  const extractor = createExtractor();
  const located = (text: string): string[] =>
    extractor
      .extract(text)
      .relations.filter((r) => r.type === 'located_in' && r.sourceType === 'place')
      .map((r) => `${r.source} -> ${r.target} (${r.attrs?.via})`);

  it('reads the city before a district union as the district\'s city, stated by the text', () => {
    expect(located('5月8日,长沙市岳麓区总工会联合岳麓区妇联举办集体婚礼。')).toContain('岳麓区 -> 长沙市 (chain)');
    expect(located('近日,洛阳市涧西区总工会为高温岗位职工送去清凉。')).toContain('涧西区 -> 洛阳市 (chain)');
  });

  it('links nothing when the place before the name does not contain the place the name starts with', () => {
    expect(located('近日,长沙市涧西区总工会为职工送去清凉。').filter((r) => r.startsWith('涧西区'))).not.toContain('涧西区 -> 长沙市 (chain)');
  });
});
