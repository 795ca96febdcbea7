/**
 * Maps offsets in an article's normalised text back to the page it was split from. The
 * splitter only trims, joins lines broken by the layout and may move a headline, so each line
 * of the article is found in the page and walked character by character, skipping the page's
 * whitespace. Returns a function from article offset to page offset (-1 where none matches).
 */
export function alignToSource(articleText: string, page: string): (offset: number) => number {
  const map = new Int32Array(articleText.length).fill(-1);
  let lineStart = 0;
  let searchFrom = 0;
  while (lineStart <= articleText.length) {
    let lineEnd = articleText.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = articleText.length;
    const line = articleText.slice(lineStart, lineEnd);
    const probe = line.trim().slice(0, 12);
    if (probe) {
      let at = page.indexOf(probe, searchFrom);
      if (at < 0) at = page.indexOf(probe);
      if (at >= 0) {
        let p = at;
        for (let i = lineStart + line.indexOf(probe[0]); i < lineEnd && p < page.length; i++) {
          const c = articleText[i];
          if (/\s/.test(c)) continue;
          while (p < page.length && /\s/.test(page[p]) && page[p] !== c) p++;
          if (page[p] === c) {
            map[i] = p;
            p++;
          }
        }
        searchFrom = p;
      }
    }
    lineStart = lineEnd + 1;
  }
  return (offset) => (offset >= 0 && offset < map.length ? map[offset] : -1);
}
