/** Bytes per chunk of a {@link Lines} file: a multiple of the store's 64 KB blocks. */
const LINES_CHUNK = 1 << 20;

const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const NEWLINE = 0x0a;
const MINUS = 0x2d;
const ZERO = 0x30;

/**
 * JSON lines written straight into buffers of {@link LINES_CHUNK} bytes (a line may run from one
 * into the next), with the byte length of each line. A 30k-article snapshot has over a million
 * lines, most of them arrays of integers: those are written digit by digit, with no string or
 * `JSON.stringify` per line; the bytes are the ones `JSON.stringify` gives.
 */
export class Lines {
  readonly lengths: number[] = [];
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(LINES_CHUNK);
  private pos = 0;
  private lineStart = 0;
  /** Bytes in the chunks before the current one. */
  private before = 0;

  private next(): void {
    this.chunks.push(this.chunk);
    this.before += LINES_CHUNK;
    this.chunk = Buffer.allocUnsafe(LINES_CHUNK);
    this.pos = 0;
  }

  private byte(b: number): void {
    if (this.pos === LINES_CHUNK) this.next();
    this.chunk[this.pos++] = b;
  }

  /** Writes a safe integer's decimal digits (as JSON writes it; -0 as 0). */
  private int(value: number): void {
    let v = value;
    if (v < 0) {
      this.byte(MINUS);
      v = -v;
    }
    if (v < 10) {
      this.byte(ZERO + v);
      return;
    }
    if (v >= 0x40000000) {
      this.ascii(String(v));
      return;
    }
    let div = 10;
    while (div * 10 <= v) div *= 10;
    for (; div >= 1; div = (div / 10) | 0) {
      const d = (v / div) | 0;
      this.byte(ZERO + d);
      v -= d * div;
    }
  }

  /** Writes text that is all ASCII. */
  private ascii(s: string): void {
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }

  private text(s: string): void {
    const bytes = Buffer.from(s, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      if (this.pos === LINES_CHUNK) this.next();
      const n = Math.min(bytes.length - at, LINES_CHUNK - this.pos);
      bytes.copy(this.chunk, this.pos, at, at + n);
      this.pos += n;
      at += n;
    }
  }

  private end(): void {
    this.byte(NEWLINE);
    const total = this.before + this.pos;
    this.lengths.push(total - this.lineStart);
    this.lineStart = total;
  }

  /** Appends a line: `value` as JSON. */
  push(value: unknown): void {
    if (Array.isArray(value) && value.every(Number.isSafeInteger)) return this.pushInts(value as number[]);
    this.text(JSON.stringify(value));
    this.end();
  }

  /** Appends a line: the integers (safe integers only) as a JSON array. */
  pushInts(values: ArrayLike<number>, count = values.length): void {
    this.byte(OPEN);
    for (let i = 0; i < count; i++) {
      if (i > 0) this.byte(COMMA);
      this.int(values[i]);
    }
    this.byte(CLOSE);
    this.end();
  }

  /** Appends a line made of `head` (ASCII), the integers as a JSON array, and `tail` (`{"m":` `[1,2]` `}`). */
  pushWrapped(head: string, values: ArrayLike<number>, tail: string): void {
    this.ascii(head);
    this.byte(OPEN);
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.byte(COMMA);
      this.int(values[i]);
    }
    this.byte(CLOSE);
    this.ascii(tail);
    this.end();
  }

  /** The lines in parts (once: this no longer holds them), to write one after the other. */
  parts(): Buffer[] {
    const out = [...this.chunks, this.chunk.subarray(0, this.pos)];
    this.chunks.length = 0;
    this.chunk = Buffer.alloc(0);
    return out;
  }

  /** The lines as one buffer (once, as `parts`). */
  bytes(): Buffer {
    return Buffer.concat(this.parts());
  }
}
