import { describe, expect, it } from 'vitest';
import { RECOGNISERS } from '../../../../electron/core/extract/rules/registry';
import { RULE_NAMES, RULES } from '../../../../electron/core/extract/rules/table';
import { createExtractor } from '../../../../electron/core/extract/index';

describe('the rule table', () => {
  it('names every rule a recogniser emits exactly once, and every rule of the table is emitted', () => {
    const emitted = RECOGNISERS.flatMap((r) => [...r.emits]);
    expect(new Set(emitted).size).toBe(emitted.length);
    const extra = ['ref.short', 'place.in-name']; // made after overlaps are settled, not by a recogniser
    expect([...emitted, ...extra].sort()).toEqual([...RULE_NAMES].sort());
  });

  it('ranks protected rules above all others', () => {
    const lowestProtected = Math.min(...RULE_NAMES.filter((r) => 'protect' in RULES[r]).map((r) => RULES[r].priority));
    const highestOther = Math.max(...RULE_NAMES.filter((r) => !('protect' in RULES[r])).map((r) => RULES[r].priority));
    expect(lowestProtected).toBeGreaterThan(highestOther);
  });

  it('finds nothing with every rule disabled', () => {
    const none = createExtractor({ disabledRules: RULE_NAMES });
    expect(none.extract('深圳市总工会秘书长夏海燕说，“技能共富保”已上线。').entities).toEqual([]);
  });
});
