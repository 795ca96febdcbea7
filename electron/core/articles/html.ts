import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DomNode } from './dom-text';
import { domToText } from './dom-text';

/** Text taken from an HTML page: the page's title (if any) and its main text, one paragraph per line. */
export interface HtmlText {
  title: string | null;
  text: string;
}

interface ParsedDocument extends DomNode {
  documentElement: DomNode | null;
  title?: string;
}

// Below this many characters Readability has found no article, only scraps.
const MIN_READABLE_CHARS = 50;

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

/** Last resort for markup that even the lenient parser rejects: tags dropped, entities left as they are. */
function strippedText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|nav)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(?:p|div|br|li|tr|h[1-6]|section|article|header|footer|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Readability's main content as text, or null when it finds none. It changes the document it reads. */
function readableText(document: ParsedDocument): { title: string | null; text: string } | null {
  try {
    // Readability is typed against the browser DOM; linkedom's document is what it reads here.
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
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
 * Malformed HTML (unclosed tags, stray text) is parsed leniently and never throws.
 */
export function htmlToText(html: string): HtmlText {
  let plain: ParsedDocument;
  try {
    plain = parse(html);
  } catch {
    return { title: null, text: strippedText(html) };
  }
  const pageTitle = titleOf(plain);
  const readable = readableText(parse(html));
  const text = readable ? readable.text : domToText(plain.documentElement ?? plain);
  return { title: withoutSiteName(readable?.title ?? pageTitle, text), text };
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
