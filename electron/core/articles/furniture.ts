/**
 * Page furniture: lines a PDF or HTML export of a newspaper page carries that belong to no article
 * (the paper's name, the edition line, editors and contact lines, navigation links, page numbers).
 * They are left out of the articles like masthead date lines, so that they never become a headline,
 * a kicker or a byline.
 */

/** A paper's name: `工人日报`, `江西工人报`, `南方工报`, `劳动午报`. */
export const PAPER_NAME = '\\p{Script=Han}{0,8}(?:日报|工人报|工报|晚报|时报|午报|早报|周报|商报)';

const MAX_FURNITURE = 80;
// `工人日报`, `浙江工人日报 · 职工之家`: the paper's name alone, or with its section after a separator.
const PAPER_LINE = new RegExp(`^${PAPER_NAME}(?:\\s*[·•|｜/／]\\s*[\\p{Script=Han}·•]{2,10})?$`, 'u');
// `第3版 工会新闻`, `第 4 版：抗冰救灾`, `第3版 本版编辑：X`: the edition line, with its section or editor.
const EDITION_LINE = /^第\s*[\d０-９一二三四五六七八九十]{1,3}\s*版(?:[\s:：·•]*[\p{Script=Han}·•]{0,10})?(?:\s+(?:本版)?(?:责任)?编辑\s*[:：]?\s*\p{Script=Han}{2,4})?$/u;
// `责任编辑 X`, `本版责任编辑：X 投稿邮箱：…`, `(责任编辑 X)`, `本版编辑 X 电话:…`, `美术编辑:X`.
const EDITOR_LINE = /^[（(]?\s*(?:本版)?(?:责任编辑|责编|美术编辑|美编|编辑|校对|版式设计|版式|组版|制图|审读|值班编辑)\s*[:：\s]\s*\p{Script=Han}{2,4}(?:[\s，,、]|[)）]?$)/u;
// Contact lines: `投稿邮箱：…`, `新闻热线：…`.
const CONTACT_LINE = /^(?:投稿邮箱|投稿信箱|电子信箱|电子邮箱|新闻热线|报料热线|联系电话|投稿电话|邮箱|E-?mail)\s*[:：]/iu;
// Navigation of an HTML export: `上一版 下一版`, `返回目录`, `打印本页 关闭窗口`.
const NAVIGATION_LINE = /^(?:(?:上一版|下一版|上一篇|下一篇|上一期|下一期|返回目录|返回首页|返回顶部|打印本页|关闭窗口|本版导航|版面导航)\s*)+$/u;
// A page number alone (`5`, `- 3 -`): furniture only as the first or last line of a page.
const PAGE_NUMBER_LINE = /^[-—–\s]*\d{1,3}[-—–\s]*$/u;

/**
 * True when a trimmed line is page furniture. `edge` tells whether the line is the first or last
 * non-empty line of the page, where a bare page number stands.
 */
export function isPageFurniture(line: string, edge: boolean): boolean {
  if (line.length > MAX_FURNITURE || /[。！？!?；;“”]/u.test(line)) return false;
  if (edge && PAGE_NUMBER_LINE.test(line)) return true;
  return PAPER_LINE.test(line) || EDITION_LINE.test(line) || EDITOR_LINE.test(line) || CONTACT_LINE.test(line) || NAVIGATION_LINE.test(line);
}
