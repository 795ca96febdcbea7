import { RULE_NAMES } from '../../electron/core/extract/rules/table';

/** Right and wrong findings of each rule on one evaluation set. */
export type RuleTally = Map<string, { tp: number; fp: number; only: number; onlyFp: number }>;

/** A new, empty tally. */
export function newTally(): RuleTally {
  return new Map();
}

/** Counts one finding of `rule`; `only` when no other rule found the same entity. */
export function tallyRule(tally: RuleTally, rule: string, ok: boolean, only = false): void {
  const t = tally.get(rule) ?? { tp: 0, fp: 0, only: 0, onlyFp: 0 };
  if (ok) t.tp++;
  else t.fp++;
  if (only && ok) t.only++;
  if (only && !ok) t.onlyFp++;
  tally.set(rule, t);
}

/**
 * Tallies distinct entities: each predicted entity (`type\tname`) counts once for every rule
 * among its mentions, and as `only` for a rule that alone found it.
 */
export function tallyDistinct(tally: RuleTally, rulesOf: Map<string, Set<string>>, outcomes: Map<string, boolean>): void {
  for (const [key, ok] of outcomes) {
    const rules = rulesOf.get(key);
    if (!rules) continue;
    for (const r of rules) tallyRule(tally, r, ok, rules.size === 1);
  }
}

/** Prints one line per rule: distinct entities on the annotated pages, exact spans on the corpora. */
export function printRuleTable(columns: Array<{ title: string; tally: RuleTally; distinct: boolean }>): void {
  const cell = (t: { tp: number; fp: number; only: number; onlyFp: number } | undefined, distinct: boolean): string => {
    if (!t) return '-'.padEnd(distinct ? 22 : 12);
    return (distinct ? `${t.tp}/${t.fp} (only ${t.only}/${t.onlyFp})` : `${t.tp}/${t.fp}`).padEnd(distinct ? 22 : 12);
  };
  console.log(`  ${'rule'.padEnd(26)}${columns.map((c) => c.title.padEnd(c.distinct ? 22 : 12)).join('')}`);
  for (const rule of RULE_NAMES) {
    if (columns.every((c) => !c.tally.has(rule))) continue;
    console.log(`  ${rule.padEnd(26)}${columns.map((c) => cell(c.tally.get(rule), c.distinct)).join('')}`);
  }
}
