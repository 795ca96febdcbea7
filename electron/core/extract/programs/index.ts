import type { Recogniser } from '../rules/recogniser';
import { quotedRules } from './quoted';
import { suffixProgramRules } from './suffix';

/** The program recognisers, in the order they run. */
export const PROGRAM_RECOGNISERS: readonly Recogniser[] = [quotedRules, suffixProgramRules];
