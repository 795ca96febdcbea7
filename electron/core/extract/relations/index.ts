import type { EntityMention, RelationMention } from '../../../shared/types';
import { mentionsInOrder, outermostMentions, splitSentences } from '../sentences';
import { MentionIndex } from './anaphora';
import { emitLocated, emitZonePlaces } from './located';
import { emitCoOccurs } from './co-occurs';
import { emitTopicParticipants } from './article-topic';
import { emitAuthorRoles, findAuthorUnit } from './author-unit';
import { withPronouns } from './pronouns';
import { withReferences } from './references';
import { emitWorkplaceRoles } from './workplace-roles';
import { emitOrganiseFrames } from './organise-frames';
import { emitVerbRelations } from './organises';
import type { PendingParticipant } from './organises';
import { emitAdjacentPartOf, emitNamePartOf } from './part-of';
import { emitParticipants } from './participants';
import { emitParticipates } from './participates';
import { findReferenceRoles } from './role-references';
import { emitRoles, findPrefixRoles } from './roles';
import type { SentenceSpan } from '../sentences';
import { buildSentenceView, isTitleWork } from './sentence-view';
import { RelationSink } from './sink';
import { buildTitlePatterns } from './titles';
import { loadAppLexicons } from '../lexicons';

export { buildTitlePatterns } from './titles';

let defaultTitles: readonly string[] | null = null;
/** Every title and role word of the app's lexicon, for callers that pass none. */
function appTitles(): readonly string[] {
  if (!defaultTitles) {
    const lex = loadAppLexicons();
    defaultTitles = [...lex.titles, ...lex.roleTitles];
  }
  return defaultTitles;
}

/** Options of relation extraction. */
export interface RelationOptions {
  /** Job titles and role words; by default every row of the app's data/lexicons/titles.txt. */
  titles?: readonly string[];
  /** The text's sentences from `splitSentences`, when the caller has them already. */
  sentences?: readonly SentenceSpan[];
}

/**
 * Typed relations between the entities found in a text: role, organises, partner, founded,
 * part_of, participates and co_occurs, each with the sentence that supports it as its
 * `start`/`end`. `mentions` may come in any order and may nest (a place inside an
 * organisation's name); relations are read from the outermost mentions, names from all.
 */
export function extractRelations(text: string, mentions: EntityMention[], options: RelationOptions = {}): RelationMention[] {
  const all = mentionsInOrder(text, mentions);
  const top = withReferences(text, withPronouns(text, outermostMentions(all)));
  const titles = buildTitlePatterns(options.titles ?? appTitles());
  const orgNames = new Set(all.filter((m) => m.type === 'organisation').map((m) => m.name));
  const sink = new RelationSink();
  const ctx = {
    text,
    sink,
    programs: new MentionIndex(top.filter((m) => m.type === 'program' && !isTitleWork(text, m))),
    organisations: new MentionIndex(top.filter((m) => m.type === 'organisation')),
    pending: [] as PendingParticipant[],
    authorUnit: findAuthorUnit(text, top),
  };
  const named = new MentionIndex(top.filter((m) => m.type === 'organisation' || m.type === 'person'));

  // Only the spans are kept for the name rules: holding whole views would grow the heap.
  const spans: SentenceSpan[] = [];
  let i = 0;
  for (const span of options.sentences ?? splitSentences(text)) {
    while (i < top.length && top[i].start < span.start) i++;
    const inside: EntityMention[] = [];
    // Mentions that cross a sentence end are left out of both sentences.
    for (; i < top.length && top[i].start < span.end; i++) if (top[i].end <= span.end) inside.push(top[i]);
    if (inside.length === 0) continue;
    const prefixed = findPrefixRoles(text, inside, titles, orgNames);
    const view = buildSentenceView(text, span, inside, new Map(prefixed.map((l) => [l.named ?? l.org, l.person])));
    const linked = new Set(prefixed.map((l) => l.person));
    const paragraph = text.lastIndexOf('\n', span.start);
    const links = [...prefixed, ...findReferenceRoles(view, ctx.organisations, titles, linked, named, paragraph)];
    spans.push(span);
    emitRoles(text, view, links, titles, sink);
    emitWorkplaceRoles(text, view, links, titles, named, sink);
    emitVerbRelations(ctx, view, links);
    emitOrganiseFrames(ctx, view, links);
    emitParticipates(ctx, view, links);
    emitParticipants(ctx, view, titles);
    emitAdjacentPartOf(text, view, sink, named, paragraph);
    emitLocated(text, view, sink, ctx.programs);
    emitCoOccurs(view, sink);
  }

  const sentenceOf = (m: EntityMention): SentenceSpan | null => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].end <= m.start) lo = mid + 1;
      else if (spans[mid].start > m.start) hi = mid - 1;
      else return m.end <= spans[mid].end ? spans[mid] : null;
    }
    return null;
  };
  sink.flushFallbacks();
  emitNamePartOf(all, sentenceOf, sink);
  emitZonePlaces(all, sentenceOf, sink);
  if (ctx.authorUnit) emitAuthorRoles(text, top, ctx.authorUnit, sentenceOf, sink);
  emitTopicParticipants(text, top, sentenceOf, sink, ctx.pending);
  return sink.relations;
}
