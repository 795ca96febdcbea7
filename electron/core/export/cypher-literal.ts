/** A value Cypher can take as a literal: what Neo4j can store, plus maps for `SET n += map`. */
export type CypherValue = string | number | boolean | null | CypherValue[] | { [key: string]: CypherValue };

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// Backslash, quote, every C0 control and DEL, and lone surrogates (which UTF-8 cannot carry).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NEEDS_ESCAPE = /[\\'\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_ESCAPE = /[\\'\u0000-\u001f\u007f\uD800-\uDFFF]/;

/** A single-quoted Cypher string literal; CJK and emoji stay as they are. */
export function cypherString(value: string): string {
  if (!MAYBE_ESCAPE.test(value)) return `'${value}'`;
  const body = value.replace(NEEDS_ESCAPE, (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A map key, label or relationship type: bare when it is a plain identifier, else in backticks. */
export function cypherName(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A number literal; non-finite numbers have none, so they become null (no property). */
export function cypherNumber(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  // JavaScript writes 1e+21; Cypher's exponent takes no plus sign.
  return String(value).replace('e+', 'e');
}

/** Any value as a Cypher literal: strings quoted and escaped, lists and maps recursively. */
export function cypherValue(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return cypherNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`);
  return `{${entries.join(', ')}}`;
}
