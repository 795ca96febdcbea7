import type { CypherValue } from '../../../electron/core/export/cypher-literal';

const ESCAPES: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/**
 * Reads a Cypher literal (string, number, boolean, null, list or map with bare or backticked keys)
 * the way Neo4j's grammar defines it, independently of the writer. Returns the value and the
 * position after it.
 */
export function readCypherLiteral(src: string, pos = 0): { value: CypherValue; end: number } {
  const skip = (i: number) => {
    while (i < src.length && /\s/.test(src[i])) i++;
    return i;
  };
  const read = (i: number): { value: CypherValue; end: number } => {
    i = skip(i);
    const c = src[i];
    if (c === "'" || c === '"') {
      let out = '';
      for (let j = i + 1; j < src.length; j++) {
        const ch = src[j];
        if (ch === c) return { value: out, end: j + 1 };
        if (ch === '\\') {
          const next = src[j + 1];
          if (next === 'u') {
            out += String.fromCharCode(Number.parseInt(src.slice(j + 2, j + 6), 16));
            j += 5;
          } else if (next in ESCAPES) {
            out += ESCAPES[next];
            j += 1;
          } else throw new Error(`bad escape \\${next} at ${j}`);
        } else out += ch;
      }
      throw new Error('unterminated string');
    }
    if (c === '[') {
      const items: CypherValue[] = [];
      i = skip(i + 1);
      if (src[i] === ']') return { value: items, end: i + 1 };
      for (;;) {
        const item = read(i);
        items.push(item.value);
        i = skip(item.end);
        if (src[i] === ']') return { value: items, end: i + 1 };
        if (src[i] !== ',') throw new Error(`expected , at ${i}`);
        i++;
      }
    }
    if (c === '{') {
      const map: Record<string, CypherValue> = {};
      i = skip(i + 1);
      if (src[i] === '}') return { value: map, end: i + 1 };
      for (;;) {
        i = skip(i);
        let key: string;
        if (src[i] === '`') {
          let j = i + 1;
          key = '';
          for (;;) {
            if (src[j] === '`' && src[j + 1] === '`') { key += '`'; j += 2; } else if (src[j] === '`') break; else key += src[j++];
          }
          i = j + 1;
        } else {
          const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
          if (!m) throw new Error(`expected key at ${i}`);
          key = m[0];
          i += key.length;
        }
        i = skip(i);
        if (src[i] !== ':') throw new Error(`expected : at ${i}`);
        const item = read(i + 1);
        map[key] = item.value;
        i = skip(item.end);
        if (src[i] === '}') return { value: map, end: i + 1 };
        if (src[i] !== ',') throw new Error(`expected , at ${i}`);
        i++;
      }
    }
    const word = /^(true|false|null|-?\d+(?:\.\d+)?(?:[eE]-?\d+)?)/.exec(src.slice(i));
    if (!word) throw new Error(`unexpected ${src.slice(i, i + 20)} at ${i}`);
    const w = word[0];
    const value = w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : Number(w);
    return { value, end: i + w.length };
  };
  return read(pos);
}

/** One `UNWIND [...] AS row` statement of a script: its rows and the Cypher after the list. */
export interface UnwindStatement {
  rows: Array<Record<string, CypherValue>>;
  body: string;
}

/** Splits a script into its `UNWIND` statements, reading each row list with the literal reader. */
export function readUnwinds(script: string): UnwindStatement[] {
  const out: UnwindStatement[] = [];
  let at = script.indexOf('UNWIND ');
  while (at !== -1) {
    const list = readCypherLiteral(script, at + 'UNWIND '.length);
    const stop = script.indexOf(';\n', list.end);
    out.push({ rows: list.value as Array<Record<string, CypherValue>>, body: script.slice(list.end, stop).trim() });
    at = script.indexOf('\nUNWIND ', stop);
    if (at !== -1) at += 1;
  }
  return out;
}
