import type { Recogniser } from '../rules/recogniser';
import { bareOrganRules } from './bare-organs';
import { knownOrgRules } from './known';
import { suffixOrgRules } from './suffix';
import { unionAbbreviationRules } from './union-abbreviations';

/** The organisation recognisers, in the order they run (the suffix rule reads known names as anchors). */
export const ORGANISATION_RECOGNISERS: readonly Recogniser[] = [knownOrgRules, suffixOrgRules, unionAbbreviationRules, bareOrganRules];

export { combineRules } from './combine';
export { buildOrgIndex } from './org-index';
export type { OrgIndex } from './org-index';
