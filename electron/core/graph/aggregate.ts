import type { Article, EntityType, Evidence } from '../../shared/types';
import { splitSentences } from '../extract/sentences';
import type { SentenceSpan } from '../extract/sentences';
import { bylineSpan } from './byline';
import type { GraphInput, MentionRef } from './model';
import { GraphState } from './state';
import type { NodeState } from './state';

const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Sentence spans per article, kept across builds: the graph is rebuilt after every edit.
const sentenceCache = new WeakMap<Article, { text: string; spans: SentenceSpan[] }>();

function sentencesOf(article: Article): SentenceSpan[] {
  const hit = sentenceCache.get(article);
  if (hit && hit.text === article.text) return hit.spans;
  const spans = splitSentences(article.text);
  sentenceCache.set(article, { text: article.text, spans });
  return spans;
}

/** The date a relation's evidence speaks of: a `date` or `year` attribute, else the article's date. */
function relationDate(attrs: Record<string, string | number> | undefined, articleDate: string | null): string | null {
  const date = attrs?.date;
  if (date !== undefined && DATE_LIKE.test(String(date))) return String(date);
  const year = attrs?.year;
  if (year !== undefined && /^\d{4}$/.test(String(year))) return String(year);
  return articleDate;
}

/** The sentence that contains `pos`, or null when `pos` falls between sentences. */
function sentenceAt(spans: SentenceSpan[], pos: number): SentenceSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= pos) lo = mid + 1;
    else hi = mid - 1;
  }
  const span = spans[hi];
  return span && pos < span.end ? span : null;
}

function ensureEntity(state: GraphState, id: string, type: EntityType, name: string): NodeState {
  let node = state.nodes.get(id);
  if (!node) {
    node = { id, type, name, aliases: new Set() };
    state.nodes.set(id, node);
  }
  return node;
}

function addArticle(state: GraphState, article: Article, input: GraphInput): void {
  const { text } = article;
  const ext = input.extractions[article.id];
  if (ext) {
    let spans: SentenceSpan[] | null = null;
    // One evidence object per sentence, shared by its mentions, `mentions` edges and sentence-wide relations.
    const sentences = new Map<number, Evidence>();
    const sentenceEvidence = (span: SentenceSpan): Evidence => {
      let ev = sentences.get(span.start);
      if (!ev) {
        ev = { article: article.id, start: span.start, end: span.end, text: text.slice(span.start, span.end), date: article.date };
        sentences.set(span.start, ev);
      }
      return ev;
    };
    if (ext.entities.length > 0) {
      spans = sentencesOf(article);
      // By offset, so that mentions come in text order and duplicates sit next to each other.
      const sorted = [...ext.entities].sort((a, b) => a.start - b.start || a.end - b.end);
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
        const span = sentenceAt(spans, m.start);
        const sentence =
          span && m.end <= span.end
            ? sentenceEvidence(span)
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
      const span = date === article.date ? sentenceAt(spans, start) : null;
      const evidence =
        span && span.start === start && span.end === end
          ? sentenceEvidence(span)
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
 * Turns stored articles and their extraction results into the graph state before edits:
 * article nodes, one entity per (type, canonical name) with aliases and mentions,
 * one edge per (type, source, target, label) with all its evidence, and `reported_by` edges.
 */
export function aggregate(input: GraphInput): GraphState {
  const state = new GraphState();
  for (const a of input.articles) {
    state.nodes.set(a.id, { id: a.id, type: 'article', name: a.title, aliases: new Set() });
  }
  for (const a of input.articles) addArticle(state, a, input);
  return state;
}
