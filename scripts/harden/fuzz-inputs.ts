import fc from 'fast-check';
import iconv from 'iconv-lite';

/** One generated input: a file for the readers (then its articles for the extractor), or a text for the extractor alone. */
export type FuzzInput =
  | { kind: 'file'; label: string; name: string; bytes: Uint8Array }
  | { kind: 'text'; label: string; text: string };

const CJK = [...'深圳市总工会发起成立职工发展基金会记者李昱霖报道北京上海广州中国人民政府主席书记会议在日月年时表示有关部门负责人说'];
const PUNCT = [...'，。、；：“”‘’《》（）！？—…·【】'];
const ASCII = [...'abcXYZ 0123456789.,;:!?-\t<>&"\'/=#*_[]()'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\r', '\f', '\v'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const ASTRAL = ['😀', '𠀀', '𪚥', '👩‍👩‍👧'];
const NAMES = ['page.txt', 'page.html', 'page.htm', 'notes.md', '2024-10-11 深圳特区报.txt', 'PAGE.TXT', 'x.HTML'];

const pick = (items: string[]) => fc.constantFrom(...items);

/** A character of news text, now and then an invisible, bidi or control character or a lone surrogate. */
const newsChar = fc.oneof(
  { weight: 40, arbitrary: pick(CJK) },
  { weight: 8, arbitrary: pick(PUNCT) },
  { weight: 6, arbitrary: pick(ASCII) },
  { weight: 4, arbitrary: fc.constant('\n') },
  { weight: 1, arbitrary: pick(INVISIBLE) },
  { weight: 1, arbitrary: pick(BIDI) },
  { weight: 1, arbitrary: pick(CONTROLS) },
  { weight: 1, arbitrary: pick(ASTRAL) },
);
const hostileChar = fc.oneof({ weight: 6, arbitrary: newsChar }, { weight: 1, arbitrary: pick(SURROGATES) });

const newsText = (maxLength: number) => fc.array(newsChar, { maxLength }).map((a) => a.join(''));
const hostileText = (maxLength: number) => fc.array(hostileChar, { maxLength }).map((a) => a.join(''));

/** Text with lone surrogates encoded the way a broken encoder writes them (CESU-style bytes, invalid UTF-8). */
function wtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else out.push(...Buffer.from(ch, 'utf8'));
  }
  return Uint8Array.from(out);
}

const ENCODINGS: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-8 bom': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  'utf-8 with surrogates': wtf8,
  'utf-16le bom': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  'utf-16be bom': (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
  'utf-16le': (t) => Buffer.from(t, 'utf16le'),
  gb18030: (t) => iconv.encode(t, 'gb18030'),
  big5: (t) => iconv.encode(t, 'big5'),
  'utf-32le bom': (t) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(t, 'utf32le')]),
};

/** News-like text in one of the encodings, cut at a random byte (often inside a multi-byte character). */
const encodedFile = fc
  .tuple(hostileText(800), fc.constantFrom(...Object.keys(ENCODINGS)), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), pick(NAMES))
  .map(([text, encoding, at, cut, name]): FuzzInput => {
    const full = ENCODINGS[encoding]!(text);
    const bytes = cut ? full.subarray(0, Math.floor(full.length * at)) : full;
    return { kind: 'file', label: `${encoding}${cut ? ' truncated' : ''}`, name, bytes: Uint8Array.from(bytes) };
  });

const randomBytes = fc
  .tuple(fc.uint8Array({ maxLength: 4096 }), pick(NAMES))
  .map(([bytes, name]): FuzzInput => ({ kind: 'file', label: 'random bytes', name, bytes }));

const TAGS = ['div', 'p', 'span', 'article', 'h1', 'table', 'td', 'tr', 'li', 'ul', 'b', 'i', 'a', 'section', 'font', 'center'];
const htmlPiece = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  newsText(80),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<script>',
    '<style>p{}',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">链接</a>',
    '&#xD800;',
    '&#0;',
    '&#99999999;',
    '&amp;&lt;&gt;&nbsp;',
    '<meta charset="gb2312">',
    '<title>标题',
    '<h1 class="title">记者 李昱霖</h1>',
    '<br/>',
    '<p attr="unterminated>',
    '<',
    '>',
    '</',
    '<!DOCTYPE html>',
    '<html><head></head><body>',
  ),
);
/** Elements nested `depth` deep (Readability's and the DOM's recursion), closed or not. */
const nested = (maxDepth: number) =>
  fc
    .tuple(fc.integer({ min: Math.min(50, maxDepth), max: maxDepth }), fc.constantFrom('div', 'span', 'b', 'td', 'li'), newsText(60), fc.boolean())
    .map(([depth, tag, text, closed]): FuzzInput => {
      const html = `<${tag}>`.repeat(depth) + text + (closed ? `</${tag}>`.repeat(depth) : '');
      return { kind: 'file', label: `nested html ${depth}`, name: 'page.html', bytes: Buffer.from(html, 'utf8') };
    });
const malformedHtml = fc
  .tuple(fc.array(htmlPiece, { maxLength: 120 }), fc.constantFrom('page.html', 'page.htm', 'page.txt'))
  .map(([pieces, name]): FuzzInput => ({ kind: 'file', label: 'malformed html', name, bytes: Buffer.from(pieces.join(''), 'utf8') }));

/** One line of up to `maxLength` characters without a sentence end (names now and then). */
const longLine = (maxLength: number) =>
  fc.tuple(fc.integer({ min: 10_000, max: Math.max(10_000, maxLength) }), fc.boolean()).map(([length, named]): FuzzInput => {
    const unit = named ? '深圳市总工会李昱霖' : '的一是了不在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里';
    return { kind: 'text', label: `long line ${length}`, text: unit.repeat(Math.ceil(length / unit.length)).slice(0, length) };
  });

const hostileString = hostileText(3000).map((text): FuzzInput => ({ kind: 'text', label: 'hostile text', text }));
const markdown = fc
  .array(fc.oneof(newsText(100), fc.constantFrom('# ', '## ', '> ', '- ', '* ', '```', '`', '[x](javascript:alert(1))', '![i](x)', '|a|b|\n|-|-|', '***', '\n\n')), { maxLength: 60 })
  .map((pieces): FuzzInput => ({ kind: 'file', label: 'markdown', name: 'notes.md', bytes: Buffer.from(pieces.join(''), 'utf8') }));

/** How far the campaign pushes sizes: the longest line and the deepest nesting generated. */
export interface FuzzLimits {
  maxLineLength: number;
  maxDepth: number;
}

/** The limits of `npm run harden`: lines up to 200,000 characters, HTML nested up to 3,000 deep. */
export const CAMPAIGN_LIMITS: FuzzLimits = { maxLineLength: 200_000, maxDepth: 3000 };

/**
 * All inputs of the fuzz campaign: random bytes, truncated text in every supported encoding (and
 * UTF-32, refused), zero-width and bidi controls, lone surrogates, malformed and script-laden
 * HTML, Markdown, and now and then a very long line or deeply nested HTML (up to `limits`).
 */
export function fuzzInput(limits: FuzzLimits = CAMPAIGN_LIMITS): fc.Arbitrary<FuzzInput> {
  return fc.oneof(
    { weight: 80, arbitrary: randomBytes },
    { weight: 120, arbitrary: encodedFile },
    { weight: 100, arbitrary: malformedHtml },
    { weight: 32, arbitrary: markdown },
    { weight: 64, arbitrary: hostileString },
    { weight: 1, arbitrary: longLine(limits.maxLineLength) },
    { weight: 1, arbitrary: nested(limits.maxDepth) },
  );
}

/** The `index`-th input of a campaign with this seed: the same on every run, so a finding can be replayed alone. */
export function nthInput(seed: number, index: number, limits?: FuzzLimits): FuzzInput {
  return fc.sample(fuzzInput(limits), { seed: (seed + index * 7919) | 0, numRuns: 1 })[0]!;
}

/** The input as JSON, to replay it alone (file bytes in base64; lone surrogates escaped by JSON). */
export function serialiseInput(input: FuzzInput): string {
  return JSON.stringify(input.kind === 'file' ? { ...input, bytes: Buffer.from(input.bytes).toString('base64') } : input);
}

/** Reads back an input written by {@link serialiseInput}. */
export function parseInput(json: string): FuzzInput {
  const value = JSON.parse(json) as FuzzInput & { bytes?: string };
  return value.kind === 'file' ? { ...value, bytes: Uint8Array.from(Buffer.from(value.bytes!, 'base64')) } : value;
}
