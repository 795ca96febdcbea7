let commonHan: Set<string> | null = null;

/** Decodes every two-byte code in the given lead and trail ranges and adds the characters to `into`. */
function addRange(into: Set<string>, decoder: { decode(input: Uint8Array): string }, leads: [number, number], trails: Array<[number, number]>): void {
  const pair = new Uint8Array(2);
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        pair[0] = lead;
        pair[1] = trail;
        const ch = decoder.decode(pair);
        if (ch.length === 1 && ch !== '\uFFFD') into.add(ch);
      }
    }
  }
}

/**
 * The common Chinese characters: level 1 of GB2312 (the 3,755 most used simplified characters)
 * and level 1 of Big5 (the 5,401 most used traditional ones), taken from the decoders themselves
 * so that no table has to be shipped. Built once, on first use (about 9,000 characters).
 */
export function commonHanCharacters(): Set<string> {
  if (commonHan) return commonHan;
  const set = new Set<string>();
  addRange(set, new TextDecoder('gb18030'), [0xb0, 0xd7], [[0xa1, 0xfe]]);
  const big5 = new TextDecoder('big5');
  addRange(set, big5, [0xa4, 0xc5], [[0x40, 0x7e], [0xa1, 0xfe]]);
  addRange(set, big5, [0xc6, 0xc6], [[0x40, 0x7e]]);
  commonHan = set;
  return set;
}

/** Punctuation and symbols that Chinese text uses: CJK punctuation, full-width forms, quotes, dashes. */
function isChinesePunctuation(code: number): boolean {
  return (
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x2030 && code <= 0x205e) ||
    (code >= 0x20a0 && code <= 0x20cf) ||
    code === 0x00b7 ||
    code === 0x00d7 ||
    code === 0x2116 ||
    (code >= 0x2160 && code <= 0x217f) ||
    (code >= 0x2460 && code <= 0x24ff) ||
    (code >= 0x25a0 && code <= 0x25ff) ||
    (code >= 0x2600 && code <= 0x26ff)
  );
}

const LIKENESS_SAMPLE = 65536;

/**
 * How much a decoded text looks like Chinese: the share of its non-ASCII characters that are common
 * Chinese characters or the punctuation Chinese text uses. A text decoded with the wrong CJK encoding
 * is full of rare characters, kana, box drawing or private-use code points and scores low.
 * Returns 1 for pure ASCII text, and -1 when the text holds a replacement character.
 */
export function chineseLikeness(text: string): number {
  const common = commonHanCharacters();
  let good = 0;
  let bad = 0;
  // A long text is judged by its first part; a replacement character anywhere still disqualifies it.
  if (text.length > LIKENESS_SAMPLE && text.includes('\uFFFD')) return -1;
  for (const ch of text.length > LIKENESS_SAMPLE ? text.slice(0, LIKENESS_SAMPLE) : text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (code === 0xfffd) return -1;
    // Rare Han characters, kana, Hangul, box drawing and private-use code points all count against.
    if (common.has(ch) || isChinesePunctuation(code)) good++;
    else bad++;
  }
  return good + bad === 0 ? 1 : good / (good + bad);
}
