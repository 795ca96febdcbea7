import { ORGANISATION_RECOGNISERS, combineRules } from '../organisations/index';
import { PEOPLE_RECOGNISERS } from '../people/index';
import { PLACE_RECOGNISERS } from '../places/index';
import { PROGRAM_RECOGNISERS } from '../programs/index';
import { userRules } from '../user-lexicon';
import type { Recogniser } from './recogniser';

/**
 * Every recogniser, in the order it runs: places (organisation and program names stop at them),
 * organisations, programs, names run together, people, and the user's own names (which win over
 * everything else when overlaps are settled, whatever their position here).
 */
export const RECOGNISERS: readonly Recogniser[] = [
  ...PLACE_RECOGNISERS,
  ...ORGANISATION_RECOGNISERS,
  ...PROGRAM_RECOGNISERS,
  combineRules,
  ...PEOPLE_RECOGNISERS,
  userRules,
];
