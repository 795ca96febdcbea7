import type { Recogniser } from '../rules/recogniser';
import { bylineRules } from './bylines';
import { asideRules, captionRules, closedListRules, dutyRules, occupationRules, titleSpeechRules } from './context-rules';
import { dottedForeignRules } from './foreign';
import { taggedNameRules, splitNameRules, unknownWordRules } from './segmenter-names';
import { listRules, propagateRules } from './spread';
import { compoundRules, honorificRules } from './surname-rules';
import { cueAfterRules, knownPersonRules, titleRules } from './title-rules';

/**
 * The person recognisers, in the order they run: bylines, cues (titles, speech verbs,
 * honorifics), names the segmenter proposes, then names listed with or repeating a name found.
 */
export const PEOPLE_RECOGNISERS: readonly Recogniser[] = [
  bylineRules,
  knownPersonRules,
  titleRules,
  titleSpeechRules,
  cueAfterRules,
  occupationRules,
  captionRules,
  dutyRules,
  asideRules,
  honorificRules,
  compoundRules,
  dottedForeignRules,
  taggedNameRules,
  splitNameRules,
  unknownWordRules,
  closedListRules,
  listRules,
  propagateRules,
];

export { buildPeopleIndex } from './people-index';
export type { PeopleIndex } from './people-index';
