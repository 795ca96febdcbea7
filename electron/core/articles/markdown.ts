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
    const stripped = line
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, '');
    out.push(inline(stripped));
  }
  return out.join('\n');
}

/** Inline Markdown: images, links, emphasis, code, inline HTML tags and escapes. */
function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(?:https?:\/\/|mailto:)[^>]+>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, '$1')
    // Underscores inside words (file_name) are not emphasis.
    .replace(/(^|[^A-Za-z0-9_])__(?=\S)([\s\S]*?\S)__(?![A-Za-z0-9_])/g, '$1$2')
    .replace(/(^|[^A-Za-z0-9_])_(?=\S)([\s\S]*?\S)_(?![A-Za-z0-9_])/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}
