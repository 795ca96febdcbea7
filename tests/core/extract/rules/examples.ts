import { createExtractor } from '../../../../electron/core/extract/index';
import type { ExplainedMention, Extractor } from '../../../../electron/core/extract/index';
import type { RuleName } from '../../../../electron/core/extract/rules/table';

/** One made-up sentence per rule: the rule finds `surface` (with canonical `name`, when given). */
export interface RuleExample {
  rule: RuleName;
  text: string;
  surface: string;
  name?: string;
}

let shared: Extractor | null = null;

/** One extractor with every rule, shared by the rule tests. */
export function extractor(): Extractor {
  shared ??= createExtractor();
  return shared;
}

/** The mention of `surface` that `rule` produced, if any. */
export function foundBy(mentions: ExplainedMention[], rule: RuleName, surface: string): ExplainedMention | undefined {
  return mentions.find((m) => m.rule === rule && m.surface === surface);
}
