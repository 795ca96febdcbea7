import type { ArticleDraft, BylineEntry } from '../../shared/types';
import { captionCredit, parseBylineLine, trailingCredit } from './byline';
import { parseDateline } from './dateline';
import { findMonthDay, resolveDate } from './dates';
import type { Paragraph } from './paragraphs';
import { kickerPlacement } from './paragraphs';

/** The paragraphs of one article, as the splitter assigned them. */
export interface ArticleParts {
  head: Paragraph[];
  credits: Paragraph[];
  body: Paragraph[];
}

const MAX_DERIVED_TITLE = 30;

function bylineOf(p: Paragraph): BylineEntry[] {
  switch (p.kind) {
    case 'byline':
      return parseBylineLine(p.text) ?? [];
    case 'dateline':
      return parseDateline(p.text)?.byline ?? [];
    case 'caption':
      return captionCredit(p.text)?.entries ?? [];
    case 'body':
      return trailingCredit(p.text)?.entries ?? [];
    default:
      return [];
  }
}

function uniqueEntries(entries: BylineEntry[]): BylineEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.role}\u0000${e.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The lead paragraph without its dateline marker. */
function leadText(parts: ArticleParts): string {
  const lead = parts.body.find((p) => p.kind === 'body' || p.kind === 'dateline' || p.kind === 'caption');
  if (!lead) return '';
  const dateline = lead.kind === 'dateline' ? parseDateline(lead.text) : null;
  return dateline ? lead.text.slice(dateline.length) : lead.text;
}

/** The first sentence of a text, found without splitting the whole text. */
function firstSentence(text: string): string {
  const end = text.search(/[。！？!?]/u);
  return end < 0 ? text : text.slice(0, end);
}

/** A title for an article the page prints without a headline: the start of its lead sentence. */
function derivedTitle(lead: string): string {
  // Only the start of the lead matters: a huge lead (one 10 MB line) is not copied or split whole.
  const sentence = lead
    .slice(0, 4 * MAX_DERIVED_TITLE)
    .split(/[。！？!?；;]/u)[0]
    .replace(/^(?:近日|日前|目前|昨天|今天|近期|日前|\d{1,2}月\d{1,2}日|今年\S{0,8}?)[,，]\s*/u, '')
    .trim();
  if ([...sentence].length <= MAX_DERIVED_TITLE) return sentence;
  const cut = [...sentence].slice(0, MAX_DERIVED_TITLE).join('');
  const comma = Math.max(cut.lastIndexOf(','), cut.lastIndexOf('，'));
  return comma >= 8 ? cut.slice(0, comma) : `${cut}…`;
}

/** Splits the headline lines into title and sub-headline: a line ending in a dash or colon is a shoulder above the title. */
function titles(lines: string[]): { title: string | null; subtitle: string | null } {
  if (lines.length === 0) return { title: null, subtitle: null };
  const shoulder = lines.length > 1 && /[—－\-:：]$/u.test(lines[0]);
  const title = shoulder ? lines[1] : lines[0];
  const rest = shoulder ? [lines[0], ...lines.slice(2)] : lines.slice(1);
  return { title, subtitle: rest.length > 0 ? rest.join(' ') : null };
}

/**
 * Builds the draft of one article: `text` is the headline block (kickers, headlines, bylines under
 * them), a blank line, then the body paragraphs one per line. Date and place come from the dateline
 * or the lead sentence; bylines from everywhere they stand in the article.
 */
export function assembleDraft(parts: ArticleParts, pageDate: string | null): ArticleDraft {
  const headLines = [...parts.head, ...parts.credits].map((p) => p.text);
  const body = parts.body.map((p) => p.text).join('\n');
  const headBlock = headLines.join('\n');
  const text = headBlock === '' ? body : body === '' ? headBlock : `${headBlock}\n\n${body}`;
  const bodyStart = headBlock === '' ? 0 : body === '' ? text.length : headBlock.length + 2;

  const kickers = parts.head.filter((p) => p.kind === 'kicker' && kickerPlacement(p.text) !== 'section').map((p) => p.text);
  const { title, subtitle } = titles(parts.head.filter((p) => p.kind === 'headline').map((p) => p.text));

  const first = parts.body[0];
  const dateline = first?.kind === 'dateline' ? parseDateline(first.text) : null;
  const lead = leadText(parts);
  const written = dateline?.date ?? findMonthDay(firstSentence(lead));

  return {
    title: title ?? derivedTitle(lead),
    subtitle,
    kicker: kickers.length > 0 ? kickers.join(' ') : null,
    text,
    bodyStart,
    date: written ? resolveDate(written, pageDate) : null,
    place: dateline?.place ?? null,
    byline: uniqueEntries([...parts.credits, ...parts.body].flatMap(bylineOf)),
  };
}
