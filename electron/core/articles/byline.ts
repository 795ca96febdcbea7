import type { BylineEntry } from '../../shared/types';
import { canonicalRole, CREDIT_PUBLISHERS, CREDIT_WORD_WITH_ROLE, REPORTER_WORD } from './credit-words';
import { looksLikePersonName } from './surnames';

const ROLE = new RegExp(`^${CREDIT_WORD_WITH_ROLE}`, 'u');
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}[·•]\p{Script=Han}{1,8})$/u;

/** `alsoPhoto` on a credit mark (`文/图`): the names after it took the pictures too. */
type Token = { role?: string; name?: string; photo: boolean; alsoPhoto?: boolean };

const SINGLE_HAN = /^\p{Script=Han}$/u;
const SINGLE_HAN_SHOT = /^\p{Script=Han}摄$/u;

/**
 * Splits a credit into its words at `separators`, joining a two-character name that the paper set
 * with a space between its characters (`本报记者 郎 悦`, a two-character name padded to the width of
 * three): two single characters in a row whose first is a surname make one name; `摄` stays the photo mark.
 */
export function creditWords(text: string, separators: RegExp = /[\s、/／]+/u): string[] {
  const words = text.split(separators).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (b !== undefined && SINGLE_HAN.test(a) && SINGLE_HAN.test(b) && b !== '摄' && looksLikePersonName(a + b)) {
      out.push(a + b);
      i++;
    } else if (b !== undefined && SINGLE_HAN.test(a) && SINGLE_HAN_SHOT.test(b) && looksLikePersonName(a + b[0])) {
      // `郎 悦摄`: the photo mark glued to the second character.
      out.push(a + b[0], '摄');
      i++;
    } else out.push(a);
  }
  return out;
}

// A picture a publisher sent (`新华社发 张三 摄`): the publisher credits no one.
const SENT_BY = new RegExp(`^(?:${CREDIT_PUBLISHERS.join('|')})发$`, 'u');
// The photo marks: `摄`, and `供图` for a picture someone gave.
const PHOTO_MARK = /(?:摄|供图)$/u;

function parseToken(raw: string, strict: boolean): Token | null {
  let tok = raw;
  if (tok === '摄' || tok === '供图') return { photo: true };
  let role: string | undefined;
  const m = ROLE.exec(tok);
  if (m) {
    role = canonicalRole(m.groups?.role ?? m[0]);
    tok = tok.slice(m[0].length);
    if (tok === '') return { role, photo: false };
  }
  let photo = false;
  const mark = PHOTO_MARK.exec(tok);
  if (mark && tok.length > mark[0].length + 1) {
    photo = true;
    tok = tok.slice(0, mark.index);
  }
  if (!NAME.test(tok)) return null;
  if (strict && !looksLikePersonName(tok)) return null;
  return { role, name: tok, photo };
}

/**
 * Turns byline tokens into entries: a role applies to the names after it, a name before any role
 * is the author (作者), and `摄` makes the names of its group photographers (摄影).
 */
function entriesFromTokens(tokens: Token[]): BylineEntry[] {
  const entries: BylineEntry[] = [];
  let role: string | null = null;
  let groupStart = 0;
  // After `文/图` each name has two rows: its role (作者 unless stated) and 摄影.
  let alsoPhoto = false;
  for (const token of tokens) {
    if (token.alsoPhoto !== undefined) alsoPhoto = token.alsoPhoto;
    if (token.role) {
      role = token.role;
      groupStart = entries.length;
    }
    if (token.name) {
      entries.push({ name: token.name, role: role ?? '作者' });
      if (alsoPhoto && (role ?? '作者') !== '摄影') entries.push({ name: token.name, role: '摄影' });
    }
    if (token.photo) {
      for (let i = groupStart; i < entries.length; i++) entries[i] = { ...entries[i], role: '摄影' };
      groupStart = entries.length;
      role = null;
    }
  }
  return entries;
}

function stripWrapping(text: string): string {
  const t = text.trim();
  const m = /^[（(【[]\s*(.*?)\s*[)）】\]]$/u.exec(t);
  return m ? m[1] : t;
}

// A byline line is at most 40 characters once trimmed and unwrapped; longer lines are not scanned.
const MAX_BYLINE_LINE = 64;

// The photographer's unit written before the credit (`江城市总工会 张三 摄`).
const UNIT_BEFORE_CREDIT = /^(\p{Script=Han}{2,14}(?:工会|公司|集团|局|厂|院|校|站|中心|协会|委员会|部))\s+(.+)$/u;

/**
 * Parses a line that is nothing but a byline: `本报记者 李丰`, `杨明清 本报记者 张楠 本报通讯员 赵可欣`,
 * `本报记者 杨登峰 摄`, `文/本报记者 张三`. Every name must look like a Chinese personal name and
 * the line must name a role or `摄`, so that headlines are not taken for bylines; a photo credit may
 * follow the photographer's unit (`江城市总工会 张三 摄`). Null otherwise.
 */
export function parseBylineLine(line: string): BylineEntry[] | null {
  const entries = creditLine(line);
  if (entries) return entries;
  // A photo credit after the photographer's unit (`江城市总工会 张三 摄`): the unit is no name.
  const unit = UNIT_BEFORE_CREDIT.exec(line.trim());
  const photo = unit ? creditLine(unit[2]) : null;
  return photo && photo.every((e) => e.role === '摄影') ? photo : null;
}

function creditLine(line: string): BylineEntry[] | null {
  if (line.length > MAX_BYLINE_LINE) return null;
  const t = stripWrapping(line).replace(/[:：]/g, ' ');
  if (t.length === 0 || t.length > 40 || /[。，,！？!?；;“”"《》]/u.test(t)) return null;
  // A credit word glued to its name (`通讯员王德胜摄`, `记者刘丽华`) is a byline without spaces.
  const marked = /^(?:本报|本刊|文\s*[/／]|图\s*[/／]|文图\s*[/／]|[□■])/u.test(t) || ROLE.test(t);
  if (!/\s/u.test(t) && !marked) return null;
  const tokens: Token[] = [];
  // `文/张三`, `图/李四` (anywhere on the line: `文/张三 图/李四`) and the column mark `□张三` credit the names after them.
  for (const part of t.split(/(文\s*[/／]\s*图|文图\s*[/／]|文\s*[/／]|图\s*[/／]|^[□■])/u)) {
    const mark = /^(文图|文|图|[□■])/u.exec(part);
    if (mark && /^(?:[□■]|\p{Script=Han}+\s*[/／]|文\s*[/／]\s*图)$/u.test(part)) {
      tokens.push({ role: mark[1] === '图' ? '摄影' : '作者', photo: false, alsoPhoto: mark[1] === '文图' || /图/u.test(part.slice(1)) });
      continue;
    }
    for (const raw of creditWords(part)) {
      if (SENT_BY.test(raw)) continue;
      const token = parseToken(raw, true);
      if (!token) return null;
      tokens.push(token);
    }
  }
  const hasMarker = tokens.some((tk) => tk.role !== undefined || tk.photo);
  const entries = entriesFromTokens(tokens);
  return hasMarker && entries.length > 0 ? entries : null;
}

/** A credit found at the end of a paragraph, and where it starts. */
export interface TailCredit {
  entries: BylineEntry[];
  start: number;
}

// Where a picture came from when no one is named: `资料图片`, `受访者供图`, `城南区总工会供图`, `新华社发`.
const PHOTO_SOURCE = new RegExp(`^(?:资料图片|资料照片|网络图片|(?:${CREDIT_PUBLISHERS.join('|')})发|[\\p{Script=Han}]{2,20}供图)$`, 'u');

/** True for a line that only says where a picture came from, naming no one: `(资料图片)`, `受访者供图`. */
export function isPhotoSource(line: string): boolean {
  return line.length <= 24 && PHOTO_SOURCE.test(stripWrapping(line));
}

/**
 * The photo credit that ends a picture caption: `...“打卡”。 本报记者 杨登峰 摄`, `(新华社记者 X 摄)`,
 * `(X 供图)`; or, with no one named, where the picture came from: `(资料图片)`, `(受访者供图)`.
 * Null when the paragraph does not end with one.
 */
export function captionCredit(paragraph: string): TailCredit | null {
  if (!/(?:摄|供图|图片|照片|社发)[)）]?\s*$/u.test(paragraph)) return null;
  const m = /(^|[。！？!?”」』)）\s])\s*([（(]?[^。！？!?“”（）()]{1,36}?(?:摄|供图)[)）]?)\s*$/u.exec(paragraph);
  const entries = m ? parseBylineLine(m[2]) : null;
  if (m && entries && entries.some((e) => e.role === '摄影')) return { entries, start: m.index + m[1].length };
  // A source in brackets after the caption's last sentence.
  const source = /(?<=[。！？!?”」』])\s*([（(][^（）()]{2,22}[)）])\s*$/u.exec(paragraph.slice(-32));
  if (source && isPhotoSource(source[1])) return { entries: [], start: paragraph.length - Math.min(32, paragraph.length) + source.index };
  return null;
}

/** Parses the inside of a credit in brackets, e.g. `记者庞慧敏 通讯员蒙忠南` or `记者张三 发自北京`. */
export function parseCredit(inner: string): { entries: BylineEntry[]; place: string | null } {
  const tokens: Token[] = [];
  let place: string | null = null;
  for (const raw of creditWords(inner, /[\s、，,]+/u)) {
    const from = /^(?:发自|来自)(\p{Script=Han}{2,8})$/u.exec(raw) ?? /^(\p{Script=Han}{2,8})报道$/u.exec(raw);
    if (from) {
      place = from[1];
      continue;
    }
    if (raw === '报道') continue;
    const token = parseToken(raw.replace(/报道$/u, ''), false);
    if (token) tokens.push(token);
  }
  return { entries: entriesFromTokens(tokens), place };
}

const TRAILING_CREDIT = new RegExp(`[（(]\\s*(${REPORTER_WORD}[^（）()]{1,30})[)）]\\s*$`, 'u');

/**
 * A credit in brackets closing a paragraph, e.g. `...有效。(本报记者 张三)`. Null when there is none.
 */
export function trailingCredit(paragraph: string): TailCredit | null {
  if (!/[)）]\s*$/u.test(paragraph)) return null;
  const m = TRAILING_CREDIT.exec(paragraph);
  if (!m) return null;
  const { entries } = parseCredit(m[1]);
  return entries.length > 0 ? { entries, start: m.index } : null;
}
