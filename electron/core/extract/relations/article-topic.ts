import type { EntityMention } from '../../../shared/types';
import type { SentenceSpan } from '../sentences';
import { OFFICIAL_TITLE } from './lexicon';
import { isTitleWork } from './sentence-view';
import type { RelationSink } from './sink';
import type { PendingParticipant } from './organises';

/** How many lines at the top of an article may form its headline block (kicker, title, sub-title). */
const HEADLINE_LINES = 3;
/** What ends a sentence: a line holding one is body text, not a headline. */
const SENTENCE_END = /[。！？!?]/;
// Before a person's name: back to the previous punctuation, line break or name.
const TITLE_REACH = 16;
const BEFORE_STOP = /[，,。；;：:、！？!?“”"（）()\n\uE000]/;
// A name followed by a credit (`莫小娟 摄`, `麦嘉欣报道`) or an official title after it (`张三书记`).
const AFTER_NAME = new RegExp(`^\\s*(?:摄|报道|供图|整理|文/|图/|(?:总|副|常务副)?(?:${OFFICIAL_TITLE.source}))`);
// A line of credits only: names, spaces, brackets and credit words, no clause punctuation.
const CLAUSE_MARK = /[，,。；;！？!?]/;
// The inside of `(彭某 贺某)`: names (found or not) of 2-4 characters separated by spaces.
const CREDITS = /^\s*(?:[\u4e00-\u9fa5\uE000]{2,4}[\s、]+)*[\u4e00-\u9fa5\uE000]{2,4}\s*$/;
// People given an honour (`为X等老职工颁发了纪念章`) are not thereby in the program.
const HONOURED = /^[^，,。；;]{0,24}?(?:颁发|授予|表彰|评为|荣获|获评)[^，,。；;]{0,8}?(?:纪念章|证书|奖章|奖牌|奖状|称号|荣誉|表彰)/;
const OPEN_QUOTE = /[“"‘「『]/;
// The label: a verb of taking part after the name (`报上了名` is 报名), else 参与.
const TAKING_PART = /报(?:上了?|了)?名|参加|参赛|参训|受益/;
// What joins the names of one list (`通讯员 彭某 龙某`, `彭某、贺某`).
const NAME_JOINER = /^[\s、和与及]*$/;

/**
 * The program an article is about: the first program in its headline block (the lines before the
 * first line with a sentence end), else the program of the first `organises` relation.
 */
function topicProgram(text: string, programs: EntityMention[], sink: RelationSink): EntityMention | null {
  let lineStart = 0;
  for (let line = 0; line < HEADLINE_LINES && lineStart < text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (SENTENCE_END.test(text.slice(lineStart, lineEnd))) break;
    const p = programs.find((m) => m.start >= lineStart && m.end <= lineEnd);
    if (p) return p;
    lineStart = lineEnd + 1;
    while (lineStart < text.length && text[lineStart] === '\n') lineStart++;
  }
  const first = sink.relations.find((r) => r.type === 'organises' && r.targetType === 'program');
  return first ? (programs.find((m) => m.name === first.target) ?? null) : null;
}

// A quoted name (`“汽配工匠摇篮”培育项目`) that may be a program the extractor did not find.
const QUOTED = /“([^”\n]{2,16})”/g;

/** True when the paragraph of a pending participant quotes, before it, a name that is no program found. */
function unfoundProgramBefore(text: string, programs: EntityMention[], p: PendingParticipant): boolean {
  const from = text.lastIndexOf('\n', p.span.start) + 1;
  const stretch = text.slice(from, p.who.start);
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(stretch); m; m = QUOTED.exec(stretch)) {
    const at = from + m.index + 1;
    if (!programs.some((x) => x.start <= at && x.end >= at)) return true;
  }
  return false;
}

/** True when the words before a person's mention (back to punctuation or a name) hold an official's or a reporter's title. */
function officialAt(text: string, masked: string, m: EntityMention): boolean {
  let from = m.start;
  while (from > 0 && m.start - from < TITLE_REACH && !BEFORE_STOP.test(masked[from - 1])) from--;
  if (OFFICIAL_TITLE.test(text.slice(from, m.start))) return true;
  if (AFTER_NAME.test(text.slice(m.end, m.end + 6))) return true;
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  let lineEnd = text.indexOf('\n', m.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (!CLAUSE_MARK.test(masked.slice(lineStart, lineEnd))) return true;
  // Credits in brackets after the last sentence: `(彭某 贺某)`.
  const open = Math.max(masked.lastIndexOf('(', m.start), masked.lastIndexOf('（', m.start));
  const close = [masked.indexOf(')', m.end), masked.indexOf('）', m.end)].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), Infinity);
  return open >= lineStart && close < lineEnd && CREDITS.test(masked.slice(open + 1, close));
}

/**
 * `participates` for the people an article about one program tells of: the workers it quotes or
 * describes (`湘邮快递员谭某和妻子刘某相恋五年`, `“…”刚送完一单的陈某说`) take part in, or benefit
 * from, the program of its headline (or, without one, the first program an organisation runs in
 * it). Officials, reporters and people named in credits do not, nor anyone holding a role at an
 * organiser of the program. Evidence: the sentence of the person's first mention.
 */
export function emitTopicParticipants(
  text: string,
  top: EntityMention[],
  sentenceOf: (m: EntityMention) => SentenceSpan | null,
  sink: RelationSink,
  pending: readonly PendingParticipant[] = [],
): void {
  const programs = top.filter((m) => m.type === 'program' && !isTitleWork(text, m));
  const topic = programs.length > 0 ? topicProgram(text, programs, sink) : null;
  if (!topic) return;
  // Members named without their program (`A等12家企业被确定为首批试点单位`) are the topic's.
  for (const p of pending) {
    if (!sink.has('organises', p.who, topic) && !unfoundProgramBefore(text, programs, p)) sink.add('participates', p.who, topic, p.label, p.span);
  }
  const organisers = new Set(sink.relations.filter((r) => (r.type === 'organises' || r.type === 'partner') && r.target === topic.name).map((r) => r.source));
  const excluded = new Set<string>();
  for (const r of sink.relations) {
    if (r.type !== 'role' || r.sourceType !== 'person') continue;
    if (OFFICIAL_TITLE.test(r.label ?? '') || organisers.has(r.target)) excluded.add(r.source);
  }
  let masked = '';
  let at = 0;
  for (const m of top) {
    masked += text.slice(at, m.start) + '\uE000'.repeat(m.end - m.start);
    at = m.end;
  }
  masked += text.slice(at);

  // People the rules already tie to another program take part in that one.
  for (const r of sink.relations) if (r.type === 'participates' && r.sourceType === 'person' && r.target !== topic.name) excluded.add(r.source);

  const first = new Map<string, EntityMention>();
  let previous: EntityMention | null = null;
  for (const m of top) {
    if (m.type !== 'person') continue;
    // A name listed after an official's or a reporter's (`通讯员 彭某 龙某`) shares the title.
    const listed = previous !== null && excluded.has(previous.name) && NAME_JOINER.test(text.slice(previous.end, m.start));
    previous = m;
    if (excluded.has(m.name)) continue;
    if (listed || officialAt(text, masked, m)) {
      excluded.add(m.name);
      first.delete(m.name);
      continue;
    }
    // A name opening a quotation (`“夏送…”`) is more often a word of a slogan than a person.
    if (m.start > topic.start && !first.has(m.name) && !OPEN_QUOTE.test(text[m.start - 1] ?? '')) first.set(m.name, m);
  }
  for (const [name, m] of first) {
    if (excluded.has(name) || sink.has('participates', m, topic)) continue;
    const span = sentenceOf(m);
    if (!span || HONOURED.test(text.slice(m.end, span.end))) continue;
    const verb = TAKING_PART.exec(text.slice(m.end, span.end));
    sink.add('participates', m, topic, verb ? verb[0].replace(/上了?|了/, '') : '参与', span);
  }
}
