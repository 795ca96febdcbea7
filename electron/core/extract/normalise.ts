/** Lone surrogates and C0 control characters other than tab and line breaks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text the segmenter and the rules read: every lone surrogate becomes U+FFFD and every
 * control character (but tab and line breaks) a space, one code unit for one, so that offsets
 * into it are offsets into the original. Text without such characters is returned as it is.
 */
export function normaliseForSegmenter(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (ch) => (ch.charCodeAt(0) >= 0xd800 ? '\ufffd' : ' '));
}
