/**
 * A single forward pass over HTML source, without building a tree: counts elements and nesting
 * depth before a parser is trusted with the page, and strips tags as a last resort. Every step
 * moves forward, so the work is linear in the length of the source whatever the markup.
 */

/** Elements that never hold content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements that the next sibling of the same kind closes, so that unclosed ones do not nest. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements whose content never reaches the stripped text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav']);
/** Elements that start a new line in the stripped text. */
const LINE_BREAKING = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'blockquote']);

/** What the scan found: how many elements, and how deep they nest (as a lenient parser would nest them). */
export interface HtmlShape {
  elements: number;
  depth: number;
}

type Visit = (tag: { name: string; end: boolean; from: number; to: number }) => void;

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Walks the tags of an HTML source in order and calls `visit` for each start or end tag, with the
 * tag's lower-case name and the range it covers. Comments, doctypes and processing instructions are
 * skipped; the content of raw-text elements (script, style...) is skipped up to their end tag.
 * Gives the ranges of text between tags to `text`, with the element's name for raw text.
 */
function walkTags(html: string, visit: Visit, text: (from: number, to: number, rawIn?: string) => void): void {
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (lt > i) text(i, lt);
    const next = html.charCodeAt(lt + 1);
    const end = next === 47; // '/'
    if (lower.startsWith('<!--', lt)) {
      const close = lower.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      // <!DOCTYPE ...>, <![CDATA[...]]>, <?xml ...?>
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const nameStart = lt + (end ? 2 : 1);
    if (!isLetter(html.charCodeAt(nameStart))) {
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd])) nameEnd++;
    const name = lower.slice(nameStart, nameEnd);
    const close = html.indexOf('>', nameEnd);
    const to = close < 0 ? html.length : close + 1;
    visit({ name, end, from: lt, to });
    i = to;
    if (!end && RAW_TEXT.has(name)) {
      const closing = lower.indexOf(`</${name}`, i);
      if (closing !== i) text(i, closing < 0 ? html.length : closing, name);
      i = closing < 0 ? html.length : closing;
    }
  }
  if (i < html.length) text(i, html.length);
}

/**
 * Counts the elements of an HTML source and how deep they nest, in one linear pass. Void elements,
 * self-closed tags and elements that their next sibling closes (`<p>`, `<li>`, `<td>`...) add no depth.
 */
export function htmlShape(html: string): HtmlShape {
  let elements = 0;
  let depth = 0;
  let max = 0;
  walkTags(
    html,
    ({ name, end, to }) => {
      if (end) {
        if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && depth > 0) depth--;
        return;
      }
      elements++;
      if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name) || RAW_TEXT.has(name) || html[to - 2] === '/') return;
      max = Math.max(max, ++depth);
    },
    () => undefined,
  );
  return { elements, depth: max };
}

/**
 * The text of HTML with its tags dropped, for markup no parser is trusted with: scripts, styles,
 * templates and navigation left out, block tags turned into line breaks, runs of white space
 * collapsed; character references are left as they are. Linear in the length of the source.
 */
export function strippedText(html: string): string {
  const out: string[] = [];
  let dropping: string | null = null;
  walkTags(
    html,
    ({ name, end }) => {
      if (dropping !== null) {
        if (end && name === dropping) dropping = null;
        return;
      }
      if (!end && DROPPED.has(name) && !RAW_TEXT.has(name)) dropping = name;
      // Raw-text elements (script, style) end where their content does: nothing to wait for.
      else if (LINE_BREAKING.has(name)) out.push('\n');
    },
    (from, to, rawIn) => {
      if (dropping === null && !(rawIn !== undefined && DROPPED.has(rawIn))) out.push(html.slice(from, to));
    },
  );
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
