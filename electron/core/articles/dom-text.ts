/** The little of the DOM that text extraction needs (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose content never reaches the text: code, styling, navigation, forms, media. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'IFRAME', 'SVG', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT',
  'OPTION', 'TEXTAREA', 'INPUT', 'CANVAS', 'OBJECT', 'EMBED', 'AUDIO', 'VIDEO', 'MATH', 'MENU',
]);
/** Elements that start a new line. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

function hidden(node: DomNode): boolean {
  const attr = (name: string): string | null => node.getAttribute?.(name) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true') return true;
  if (attr('role') === 'navigation') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr('style') ?? '');
}

/**
 * The visible text of a DOM tree: block elements and `<br>` become line breaks, runs of spaces in
 * ordinary text collapse to one, `<pre>` keeps its lines; scripts, styles, navigation and hidden
 * elements are left out. Returns one paragraph per line, without empty lines. The tree is walked
 * with an explicit stack, so any depth is read without recursion.
 */
export function domToText(root: DomNode): string {
  const out: string[] = [];
  // A node to visit (with whether it is inside <pre>), or the line break closing a block element.
  const stack: Array<{ node: DomNode; pre: boolean } | '\n'> = [{ node: root, pre: false }];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    if (item === '\n') {
      out.push('\n');
      continue;
    }
    const { node, pre } = item;
    if (node.nodeType === TEXT) {
      const text = node.textContent ?? '';
      out.push(pre ? text : text.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (node.nodeType === ELEMENT && (SKIPPED.has(name) || hidden(node))) continue;
    if (name === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      out.push('\n');
      stack.push('\n');
    }
    const children = node.childNodes;
    const childPre = pre || name === 'PRE';
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], pre: childPre });
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The greatest nesting depth of elements under a node, measured without recursion. */
export function domDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [DomNode, number];
    if (depth > max) max = depth;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === ELEMENT) stack.push([children[i], depth + 1]);
  }
  return max;
}
