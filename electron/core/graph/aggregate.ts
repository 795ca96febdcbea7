import type { Article, EntityMention, EntityType, Evidence, ExtractResult } from '../../shared/types';
import { splitSentences } from '../extract/sentences';
import type { SentenceSpan } from '../extract/sentences';
import { bylineSpan } from './byline';
import type { GraphInput, MentionRef } from './model';
import { GraphState } from './state';
import type { NodeState } from './state';

const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Sentence spans per article id, kept across aggregations (each import and re-extraction
// aggregates all articles again, which may be new objects). The text is compared too: a pointer
// check when it is the same string, a fast comparison otherwise, far cheaper than splitting.
const sentenceCache = new Map<string, { text: string; spans: SentenceSpan[] }>();

function sentencesOf(article: Article): SentenceSpan[] {
  const hit = sentenceCache.get(article.id);
  if (hit && hit.text.length === article.text.length && hit.text === article.text) return hit.spans;
  const spans = splitSentences(article.text);
  sentenceCache.set(article.id, { text: article.text, spans });
  return spans;
}

/** Keeps the cache to about the articles of the last aggregation. */
function pruneSentences(articles: readonly Article[]): void {
  if (sentenceCache.size <= 2 * articles.length + 1000) return;
  const live = new Set(articles.map((a) => a.id));
  for (const id of sentenceCache.keys()) if (!live.has(id)) sentenceCache.delete(id);
}

/** The date a relation's evidence speaks of: a `date` or `year` attribute, else the article's date. */
function relationDate(attrs: Record<string, string | number> | undefined, articleDate: string | null): string | null {
  const date = attrs?.date;
  if (date !== undefined && DATE_LIKE.test(String(date))) return String(date);
  const year = attrs?.year;
  if (year !== undefined && /^\d{4}$/.test(String(year))) return String(year);
  return articleDate;
}

/** The index of the sentence that contains `pos`, or -1 when `pos` falls between sentences. */
function sentenceAt(spans: SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && pos < spans[hi].end ? hi : -1;
}

/** One evidence object per sentence, shared by its mentions, `mentions` edges and sentence-wide relations. */
function sentenceEvidence(cache: Evidence[], article: Article, spans: SentenceSpan[], k: number): Evidence {
  let ev = cache[k];
  if (!ev) {
    const { start, end } = spans[k];
    ev = { article: article.id, start, end, text: article.text.slice(start, end), date: article.date };
    cache[k] = ev;
  }
  return ev;
}

const byOffset = (a: EntityMention, b: EntityMention): number => a.start - b.start || a.end - b.end;

/** The mentions by offset (stable), without copying when they already are. */
function inTextOrder(mentions: EntityMention[]): EntityMention[] {
  for (let k = 1; k < mentions.length; k++) {
    if (byOffset(mentions[k - 1], mentions[k]) > 0) return [...mentions].sort(byOffset);
  }
  return mentions;
}

function ensureEntity(state: GraphState, id: string, type: EntityType, name: string): NodeState {
  let node = state.nodes.get(id);
  if (!node) {
    node = { id, type, name, aliases: new Set() };
    state.nodes.set(id, node);
  }
  return node;
}

function addArticle(state: GraphState, article: Article, ext: ExtractResult | undefined): void {
  const { text } = article;
  if (ext) {
    let spans: SentenceSpan[] | null = null;
    const sentences: Evidence[] = [];
    if (ext.entities.length > 0) {
      spans = sentencesOf(article);
      // By offset, so that mentions come in text order and duplicates sit next to each other.
      const sorted = inTextOrder(ext.entities);
      for (let k = 0; k < sorted.length; k++) {
        const m = sorted[k];
        if (!m.name || !(m.start >= 0 && m.start < m.end && m.end <= text.length)) continue;
        const id = state.entityIdOf(m.type, m.name);
        const node = ensureEntity(state, id, m.type, m.name);
        if (m.surface && m.surface !== m.name) node.aliases.add(m.surface);
        if (m.code && !node.code) node.code = m.code;
        let duplicate = false;
        for (let p = k - 1; p >= 0 && sorted[p].start === m.start && sorted[p].end === m.end; p--) {
          if (sorted[p].type === m.type && sorted[p].name === m.name) duplicate = true;
        }
        if (duplicate) continue;
        const at = sentenceAt(spans, m.start);
        const sentence =
          at >= 0 && m.end <= spans[at].end
            ? sentenceEvidence(sentences, article, spans, at)
            : { article: article.id, start: m.start, end: m.end, text: text.slice(m.start, m.end), date: article.date };
        const ref: MentionRef = { article: article.id, start: m.start, end: m.end, surface: m.surface || text.slice(m.start, m.end), sentence };
        const list = state.mentions.get(id);
        if (list) list.push(ref);
        else state.mentions.set(id, [ref]);
      }
    }
    for (const r of ext.relations) {
      if (!r.source || !r.target) continue;
      const s = state.entityIdOf(r.sourceType, r.source);
      const t = state.entityIdOf(r.targetType, r.target);
      if (s === t) continue;
      ensureEntity(state, s, r.sourceType, r.source);
      ensureEntity(state, t, r.targetType, r.target);
      const start = Math.max(0, r.start);
      const end = Math.min(text.length, r.end);
      const date = relationDate(r.attrs, article.date);
      spans ??= sentencesOf(article);
      const at = date === article.date ? sentenceAt(spans, start) : -1;
      const evidence =
        at >= 0 && spans[at].start === start && spans[at].end === end
          ? sentenceEvidence(sentences, article, spans, at)
          : { article: article.id, start, end, text: text.slice(start, end), date };
      state.addExtracted(r.type, s, t, r.label ?? '', evidence, r.attrs);
    }
  }
  for (const b of article.byline) {
    if (!b.name) continue;
    const pid = state.entityIdOf('person', b.name);
    ensureEntity(state, pid, 'person', b.name);
    const span = bylineSpan(text, b.name);
    // A byline whose name is not in the text still credits the person; its evidence is the credit itself.
    const evidence = span
      ? { article: article.id, start: span.start, end: span.end, text: text.slice(span.start, span.end), date: article.date }
      : { article: article.id, start: 0, end: 0, text: `${b.role} ${b.name}`, date: article.date };
    state.addExtracted('reported_by', article.id, pid, b.role, evidence);
  }
}

/**
 * Aggregation that goes on batch by batch (an import adds its batches as they are extracted,
 * and the extraction results need not be kept): the state after adding batches in order gives
 * the same graph as `aggregate` over all their articles at once.
 */
export class Aggregation {
  readonly state = new GraphState();
  /** The articles added, in order. */
  readonly articles: Article[] = [];

  /** Adds a batch of articles (after those already added) with their extraction results by article id. */
  add(articles: readonly Article[], extractions: Readonly<Record<string, ExtractResult>>): void {
    if (this.state.isSealed) throw new Error('the aggregation was sealed');
    const { state } = this;
    for (const a of articles) state.nodes.set(a.id, { id: a.id, type: 'article', name: a.title, aliases: new Set() });
    for (const a of articles) {
      addArticle(state, a, extractions[a.id]);
      this.articles.push(a);
    }
  }
}

/**
 * Turns stored articles and their extraction results into the graph state before edits:
 * article nodes, one entity per (type, canonical name) with aliases and mentions,
 * one edge per (type, source, target, label) with all its evidence, and `reported_by` edges.
 */
export function aggregate(input: GraphInput): GraphState {
  const aggregation = new Aggregation();
  aggregation.add(input.articles, input.extractions);
  pruneSentences(input.articles);
  return aggregation.state;
}
