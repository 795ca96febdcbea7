// Characters outside the XML 1.0 `Char` production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters that XML 1.0 cannot carry at all, not even as character references. */
export function stripIllegalXmlChars(value: string): string {
  return value.replace(ILLEGAL_XML_CHARS, '');
}

// Some parsers (xmldom, XML 1.1) read NEL and the Unicode line and paragraph separators as line ends.
const LINE_END_ESCAPES: Record<string, string> = { '\r': '&#13;', '\u0085': '&#133;', '\u2028': '&#8232;', '\u2029': '&#8233;' };
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', ...LINE_END_ESCAPES };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  // Parsers turn raw tab and LF in attribute values into spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
};

// Any character that may need work; most values have none, and one test is far cheaper than two replaces.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_SPECIAL = /[&<>"\u0000-\u001f\u0085\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes a string for element content; CJK and every other legal character stay as they are. */
export function escapeXmlText(value: string): string {
  if (!MAYBE_SPECIAL.test(value)) return value;
  return stripIllegalXmlChars(value).replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => TEXT_ESCAPES[c]);
}

/** Escapes a string for a double-quoted attribute value, keeping tabs and line breaks exact. */
export function escapeXmlAttr(value: string): string {
  if (!MAYBE_SPECIAL.test(value)) return value;
  return stripIllegalXmlChars(value).replace(/[&<>"\t\n\r\u0085\u2028\u2029]/g, (c) => ATTR_ESCAPES[c]);
}

/** Renders `name="value"` pairs, skipping undefined and null values. */
export function xmlAttrs(attrs: Record<string, string | number | boolean | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    out += ` ${name}="${escapeXmlAttr(String(value))}"`;
  }
  return out;
}
