import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../../electron/core/extract/index';
import type { RuleExample } from './examples';
import { extractor, foundBy } from './examples';

/**
 * For each example: the rule finds the surface (and names it as expected), and an extractor with
 * that rule disabled no longer reports it by that rule.
 */
export function describeRules(title: string, examples: RuleExample[]): void {
  describe(title, () => {
    for (const ex of examples) {
      it(`${ex.rule}: ${ex.surface} in ${ex.text}`, () => {
        const hit = foundBy(extractor().explain(ex.text), ex.rule, ex.surface);
        expect(hit, JSON.stringify(extractor().explain(ex.text))).toBeDefined();
        expect(hit?.name).toBe(ex.name ?? ex.surface);
        const without = createExtractor({ disabledRules: [ex.rule] }).explain(ex.text);
        expect(without.some((m) => m.rule === ex.rule)).toBe(false);
      });
    }
  });
}
