/**
 * Turns Markdown into plain text: `#` headings become their text on a line of their own (a `# `
 * heading is a headline), emphasis and code marks are dropped, links keep their text, images and
 * link definitions go, list and quote markers are removed, rules become blank lines. Code blocks
 * keep their content. Text without Markdown passes through unchanged.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      out.push('');
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    // Setext headings: a line underlined with === or ---.
    const next = lines[i + 1];
    if (next !== undefined && /^\s{0,3}[^\s>#*+\-\d]/.test(line) && /^\s*(=+|-+)\s*$/.test(next)) {
      out.push(inline(line.trim()), '');
      i++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\[[^\]]+\]:\s*\S+/.test(line)) {
      out.push('');
      continue;
    }
    const stripped = atxHeading(line)
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
    out.push(inline(stripped));
  }
  return out.join('\n');
}

/** The text of an ATX heading line (`## 标题 ##`) without its marks; other lines unchanged. Linear: no backtracking over the line. */
function atxHeading(line: string): string {
  const open = /^\s{0,3}#{1,6}\s+/.exec(line);
  if (!open) return line;
  let end = line.length;
  while (end > open[0].length && /\s/.test(line[end - 1])) end--;
  while (end > open[0].length && line[end - 1] === '#') end--;
  while (end > open[0].length && /\s/.test(line[end - 1])) end--;
  return line.slice(open[0].length, end);
}

// Inline constructs are looked for within this many characters, so that a long line full of
// openers without closers (`![a![a![a…`) costs linear time, not quadratic.
const SPAN = 500;

/** Inline Markdown: images, links, emphasis, code, inline HTML tags and escapes. */
function inline(text: string): string {
  return text
    .replace(new RegExp(`!\\[[^\\]]{0,${SPAN}}\\]\\([^)]{0,${SPAN}}\\)`, 'g'), '')
    .replace(new RegExp(`!\\[[^\\]]{0,${SPAN}}\\]\\[[^\\]]{0,${SPAN}}\\]`, 'g'), '')
    .replace(new RegExp(`\\[([^\\]]{0,${SPAN}})\\]\\([^)]{0,${SPAN}}\\)`, 'g'), '$1')
    .replace(new RegExp(`\\[([^\\]]{1,${SPAN}})\\]\\[[^\\]]{0,${SPAN}}\\]`, 'g'), '$1')
    .replace(new RegExp(`<(?:https?:\\/\\/|mailto:)[^>]{1,${SPAN}}>`, 'g'), '')
    .replace(new RegExp(`<\\/?[A-Za-z][^>]{0,${SPAN}}>`, 'g'), '')
    .replace(new RegExp(`\\*\\*(?=\\S)([\\s\\S]{0,${SPAN}}?\\S)\\*\\*`, 'g'), '$1')
    .replace(new RegExp(`\\*(?=\\S)([\\s\\S]{0,${SPAN}}?\\S)\\*`, 'g'), '$1')
    // Underscores inside words (file_name) are not emphasis.
    .replace(new RegExp(`(^|[^A-Za-z0-9_])__(?=\\S)([\\s\\S]{0,${SPAN}}?\\S)__(?![A-Za-z0-9_])`, 'g'), '$1$2')
    .replace(new RegExp(`(^|[^A-Za-z0-9_])_(?=\\S)([\\s\\S]{0,${SPAN}}?\\S)_(?![A-Za-z0-9_])`, 'g'), '$1$2')
    .replace(new RegExp(`~~(?=\\S)([\\s\\S]{0,${SPAN}}?\\S)~~`, 'g'), '$1')
    .replace(new RegExp(`(\`+)([^\`]{0,${SPAN}})\`+`, 'g'), '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}
