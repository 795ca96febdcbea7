import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, SourceError } from '../../../electron/core/articles';
import { sampleText } from './fixtures';

const bom = (bytes: number[], body: Buffer): Uint8Array => Buffer.concat([Buffer.from(bytes), body]);
/** C0 controls other than tab and line breaks, DEL and C1 controls: what marks a file as binary. */
const isControl = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
};

const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return error.reason;
    throw error;
  }
  throw new Error('expected a SourceError');
};

// Traditional Chinese, as a Taiwanese or Hong Kong paper prints it: must stay traditional.
const TRADITIONAL = '臺灣勞工團體舉辦職業技能競賽,來自各縣市的選手們在臺北展開激烈角逐。主辦單位表示,這項活動將每年舉行一次。';

describe('decodeBytes', () => {
  const text = sampleText();

  it('reads UTF-8 with and without a BOM, and strips the BOM', () => {
    expect(decodeBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeBytes(bom([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(bom([0xff, 0xfe], iconv.encode(text, 'utf16le')))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(bom([0xfe, 0xff], iconv.encode(text, 'utf16be')))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without a BOM when it is clearly text', () => {
    expect(decodeBytes(iconv.encode(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads GB18030 and GBK, even a short headline that detectors guess wrong', () => {
    expect(decodeBytes(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode('青海举办产业工人队伍建设改革专题培训班', 'gbk')).text).toBe('青海举办产业工人队伍建设改革专题培训班');
    expect(decodeBytes(iconv.encode('职工夜校', 'gbk')).text).toBe('职工夜校');
  });

  it('reads the four-byte characters of GB18030', () => {
    const rare = '记者王喆垚报道,𠀀字是扩展区的汉字,欧元符号€也能读出。';
    expect(decodeBytes(iconv.encode(rare, 'gb18030')).text).toBe(rare);
  });

  it('reads Big5 and keeps traditional characters traditional', () => {
    expect(decodeBytes(iconv.encode(TRADITIONAL, 'big5'))).toEqual({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('normalises line endings, NFC and zero-width characters, and keeps full-width punctuation', () => {
    const raw = '标题\r\n\r\n第一段，“引号”！\r第二段\u200B有零宽\u200D字符\u2060。\nCafe\u0301';
    expect(decodeBytes(Buffer.from(raw, 'utf8')).text).toBe('标题\n\n第一段，“引号”！\n第二段有零宽字符。\nCafé');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(reasonOf(() => decodeBytes(new Uint8Array()))).toBe('empty file');
    expect(reasonOf(() => decodeBytes(Buffer.from(' \n\t\r\n')))).toMatch(/^empty file/);
    expect(reasonOf(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf])))).toMatch(/^empty file/);
  });

  it('refuses binary files', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(reasonOf(() => decodeBytes(png))).toBe('binary file (contains NUL bytes)');
    expect(reasonOf(() => decodeBytes(Buffer.concat([Buffer.from('正文', 'utf8'), Buffer.from([0, 1, 2, 3])])))).toBe('binary file (contains NUL bytes)');
    const controls = Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x41 : 0x01)));
    expect(reasonOf(() => decodeBytes(controls))).toBe('binary file (contains control characters)');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 nor Big5', () => {
    const reason = 'not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)';
    expect(reasonOf(() => decodeBytes(Buffer.from([0x41, 0x42, 0xff, 0xfe, 0xfd, 0x43])))).toBe(reason);
    expect(reasonOf(() => decodeBytes(Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise', 'latin1')))).toBe(reason);
    // Valid GB18030 (kana, box drawing, a rare character, pinyin) but not Big5: junk, refused.
    const junk = [0xa4, 0xa2, 0xa5, 0xa2, 0xa9, 0xa4, 0x81, 0x80, 0xa8, 0xa8, 0xa4, 0xa4];
    expect(new TextDecoder('gb18030', { fatal: true }).decode(Buffer.from(junk))).toHaveLength(6);
    expect(reasonOf(() => decodeBytes(Buffer.from(junk)))).toBe(reason);
  });

  it('refuses a UTF-16 BOM over bytes that are not UTF-16, and UTF-32', () => {
    expect(reasonOf(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x41])))).toMatch(/not valid UTF-16LE/);
    expect(reasonOf(() => decodeBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])))).toMatch(/UTF-32/);
  });

  it('round-trips any text through UTF-8 (as its normal form)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        fc.pre(s.trim() !== '' && ![...s].some(isControl));
        const expected = s.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').normalize('NFC').replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '');
        fc.pre(expected.trim() !== '');
        expect(decodeBytes(Buffer.from(s, 'utf8')).text).toBe(expected);
      }),
    );
  });

  it('round-trips Chinese text through GB18030, Big5 and UTF-16', () => {
    const simplified = [...text.replace(/\s/g, '')];
    const chunk = fc.array(fc.nat(simplified.length - 1), { minLength: 12, maxLength: 200 }).map((ix) => ix.map((i) => simplified[i]).join(''));
    fc.assert(
      fc.property(chunk, (s) => {
        expect(decodeBytes(iconv.encode(s, 'gb18030')).text).toBe(s);
        expect(decodeBytes(bom([0xfe, 0xff], iconv.encode(s, 'utf16be'))).text).toBe(s);
      }),
      { numRuns: 200 },
    );
    const traditional = [...TRADITIONAL];
    const tchunk = fc.array(fc.nat(traditional.length - 1), { minLength: 12, maxLength: 100 }).map((ix) => ix.map((i) => traditional[i]).join(''));
    fc.assert(
      fc.property(tchunk, (s) => {
        expect(decodeBytes(iconv.encode(s, 'big5')).text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it('either decodes arbitrary bytes to text without replacement characters or refuses them with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expect(decodeBytes(bytes).text).not.toContain('\uFFFD');
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
