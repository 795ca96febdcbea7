import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DomNode } from './dom-text';
import { domDepth, domToText } from './dom-text';
import { htmlPublicationDate } from './html-meta';
import { htmlShape, strippedText } from './html-scan';
import { SourceError } from './source-error';

/** Text taken from an HTML page: the page's title (if any), its main text (one paragraph per line), and the publication date its metadata states. */
export interface HtmlText {
  title: string | null;
  text: string;
  /** `YYYY-MM-DD` from `<meta>` publication dates or `<time datetime>`, or null. */
  published: string | null;
}

interface ParsedDocument extends DomNode {
  documentElement: DomNode | null;
  title?: string;
}

// Below this many characters Readability has found no article, only scraps.
const MIN_READABLE_CHARS = 50;
/** Pages with more elements than this are refused: no news page has as many. */
export const MAX_HTML_ELEMENTS = 200_000;
/** Pages nesting elements deeper than this are refused before parsing: no news page does. */
export const MAX_HTML_DEPTH = 2_000;
/**
 * Readability's work grows with the page's depth and size; above these it is not run and the visible
 * text of the whole page is taken instead (real news pages nest 20-60 levels).
 */
export const READABILITY_MAX_DEPTH = 100;
export const READABILITY_MAX_ELEMENTS = 30_000;

/** Parses leniently; a fragment without an <html> element is put in a document's body first (linkedom needs one). */
function parse(html: string): ParsedDocument {
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: ParsedDocument };
  return document;
}

function titleOf(document: ParsedDocument): string | null {
  try {
    return document.title?.replace(/\s+/g, ' ').trim() || null;
  } catch {
    return null;
  }
}

/** Readability's main content as text, or null when it finds none. It changes the document it reads. */
function readableText(document: ParsedDocument): { title: string | null; text: string } | null {
  try {
    // Readability is typed against the browser DOM; linkedom's document is what it reads here.
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
    }).parse();
    if (!article?.content) return null;
    const text = domToText(parse(`<body>${article.content}</body>`));
    if (text.replace(/\s/g, '').length < MIN_READABLE_CHARS) return null;
    return { title: article.title?.trim() || null, text };
  } catch {
    return null;
  }
}

/**
 * Extracts the text of an HTML page: the main content as Mozilla Readability finds it in a saved
 * news page, or the visible text of the whole page when Readability finds nothing. Scripts, styles,
 * navigation and hidden elements never reach the text; block elements become line breaks.
 * Malformed HTML (unclosed tags, stray text) is parsed leniently. The work is bounded: the source is
 * measured in one linear pass first, Readability runs only on pages of ordinary depth and size, and
 * the tree is walked without recursion.
 * @throws SourceError for pages with more than {@link MAX_HTML_ELEMENTS} elements or nested deeper
 * than {@link MAX_HTML_DEPTH} levels (hostile or broken markup), naming the problem.
 */
export function htmlToText(html: string): HtmlText {
  const shape = htmlShape(html);
  if (shape.elements > MAX_HTML_ELEMENTS) {
    throw new SourceError(`HTML too large to read: ${shape.elements.toLocaleString('en')} elements (the limit is ${MAX_HTML_ELEMENTS.toLocaleString('en')})`);
  }
  if (shape.depth > MAX_HTML_DEPTH) {
    throw new SourceError(`HTML nested too deeply to read: ${shape.depth.toLocaleString('en')} levels (the limit is ${MAX_HTML_DEPTH.toLocaleString('en')})`);
  }
  let plain: ParsedDocument;
  try {
    plain = parse(html);
  } catch {
    return { title: null, text: strippedText(html), published: null };
  }
  const pageTitle = titleOf(plain);
  const ordinary = shape.elements <= READABILITY_MAX_ELEMENTS && domDepth(plain) <= READABILITY_MAX_DEPTH;
  const readable = ordinary ? readableText(parse(html)) : null;
  const text = readable ? readable.text : domToText(plain.documentElement ?? plain);
  return { title: withoutSiteName(readable?.title ?? pageTitle, text), text, published: htmlPublicationDate(plain) };
}

/**
 * Drops a site name after `_`, `|` or ` - ` from a page title (`职工夜校“走红”的奥秘_工人日报`), but only
 * when the text itself opens with the part before it, so that the headline is confirmed.
 */
function withoutSiteName(title: string | null, text: string): string | null {
  if (!title) return null;
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const parts = title.split(/\s*(?:_|\||｜|\s-\s|\s–\s)\s*/u);
  return parts.length > 1 && parts[0] === firstLine ? firstLine : title;
}

/** True when a text looks like an HTML document rather than plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<html/.test(start)) return true;
  const tags = text.slice(0, 65536).match(/<\/?(?:p|div|br|body|head|span|table|h[1-6]|section|article)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3 && /^\s*</.test(text);
}
