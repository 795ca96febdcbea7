import chardet from 'chardet';
import { chineseLikeness } from './common-chars';
import { normaliseText } from './normalise';
import { SourceError } from './source-error';

/** Decoded text and the encoding it was read with (a WHATWG label: utf-8, utf-16le, utf-16be, gb18030, big5). */
export interface DecodedText {
  text: string;
  encoding: string;
}

const UNSUPPORTED = 'not valid text in any supported encoding (UTF-8, UTF-16, GB18030, Big5)';
// A candidate must look at least this Chinese to be accepted; wrong CJK decodings score far lower.
const MIN_LIKENESS = 0.7;
// The detector's names of the encodings we decode.
const DETECTED: Record<string, string | undefined> = { GB18030: 'gb18030', Big5: 'big5' };
// A GB18030 reading this Chinese-looking is taken without trying Big5 (Big5 read as GB18030 scores about 0.2).
const SURE_GB = 0.97;
// Scores closer than this are a tie, which the statistical detector breaks.
const TIE = 0.05;
// The detector reads this much of the file: enough to judge, and it is slow on whole pages.
const DETECTOR_SAMPLE = 8192;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls. */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f);
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) n++;
  return n;
}

function stripControls(text: string): string {
  if (countControls(text) === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isControl(text.charCodeAt(i))) out += text[i];
  return out;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes with a byte order mark, or returns null when there is none. */
function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new SourceError('UTF-32 text is not supported; save it as UTF-8');
  }
  const boms: Array<[number[], string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of boms) {
    if (!startsWith(bytes, bom)) continue;
    const text = strictDecode(encoding, bytes.subarray(bom.length));
    if (text === null) throw new SourceError(`${UNSUPPORTED}: it starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()}`);
    return { text, encoding };
  }
  return null;
}

interface Candidate extends DecodedText {
  score: number;
}

/** Strict decodings of the bytes in each encoding that manages, with how Chinese each looks. */
function candidates(bytes: Uint8Array, encodings: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const encoding of encodings) {
    const text = strictDecode(encoding, bytes);
    if (text !== null) out.push({ text, encoding, score: chineseLikeness(text) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Decodes bytes in a legacy Chinese encoding: GB18030 or Big5, whichever decodes strictly and looks
 * more like Chinese; when both look alike, the order of chardet's guesses decides.
 */
function decodeLegacy(bytes: Uint8Array): DecodedText | null {
  const gb = candidates(bytes, ['gb18030'])[0];
  if (gb && gb.score >= SURE_GB) return { text: gb.text, encoding: gb.encoding };
  const found = [gb, ...candidates(bytes, ['big5'])].filter((c) => c !== undefined && c.score >= MIN_LIKENESS).sort((a, b) => b.score - a.score);
  if (found.length === 0) return null;
  if (found.length > 1 && found[0].score - found[1].score < TIE) {
    const guesses = chardet.analyse(bytes.subarray(0, DETECTOR_SAMPLE)).map((m) => DETECTED[m.name]);
    const rank = (c: Candidate): number => {
      const i = guesses.indexOf(c.encoding);
      return i < 0 ? guesses.length : i;
    };
    found.sort((a, b) => rank(a) - rank(b));
  }
  return { text: found[0].text, encoding: found[0].encoding };
}

/** Decodes bytes whose encoding has no byte order mark to tell it. */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) {
    // Text with NUL bytes can only be UTF-16 without a BOM; anything else is binary.
    const utf16 = candidates(bytes, ['utf-16le', 'utf-16be'])[0];
    if (utf16 && utf16.score >= 0.95 && asciiIsText(utf16.text)) return { text: utf16.text, encoding: utf16.encoding };
    throw new SourceError('binary file (contains NUL bytes)');
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const legacy = decodeLegacy(bytes);
  if (legacy) return legacy;
  throw new SourceError(UNSUPPORTED);
}

/** True when the ASCII part of a text is printable (UTF-16 read the wrong way round is not). */
function asciiIsText(text: string): boolean {
  return countControls(text) <= text.length * 0.01;
}

/**
 * Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030
 * (a superset of GBK and GB2312) or Big5. UTF-8 is tried strictly first; legacy encodings are
 * accepted only when the strict decoding has no replacement characters and looks like Chinese,
 * because wrong CJK decodings raise no error and detectors guess badly on short texts.
 * The result has no BOM, `\n` line endings, NFC, and no zero-width characters; traditional
 * characters and full-width punctuation are kept.
 * @throws SourceError for empty, binary or undecodable input.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new SourceError('empty file');
  const decoded = decodeWithBom(bytes) ?? decodeWithoutBom(bytes);
  if (!asciiIsText(decoded.text)) throw new SourceError('binary file (contains control characters)');
  const text = normaliseText(stripControls(decoded.text));
  if (text.trim() === '') throw new SourceError('empty file (no text, only whitespace)');
  return { text, encoding: decoded.encoding };
}
