import type { Recogniser } from '../rules/recogniser';
import { abbreviationRules } from './abbreviations';
import { chainRules } from './chains';
import { gazetteerRules } from './gazetteer-places';
import { localRules } from './local';
import { siteListRules } from './site-list';
import { siteRules } from './sites';

/** The place recognisers, in the order they run (sites last: they start after a place). */
export const PLACE_RECOGNISERS: readonly Recogniser[] = [gazetteerRules, chainRules, localRules, abbreviationRules, siteRules, siteListRules];

export { buildPlaceIndex } from './place-index';
export type { PlaceIndex } from './place-index';
export { disambiguatePlaces } from './disambiguate';
