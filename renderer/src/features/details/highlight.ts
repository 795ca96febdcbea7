/** A piece of text, marked or not. */
export interface TextPart {
  text: string;
  mark: boolean;
}

/**
 * Splits `text` into parts around the ranges to mark (offsets into `text`, end exclusive),
 * clamping ranges to the text and ignoring empty or overlapping ones.
 */
export function splitMarks(text: string, ranges: Array<{ start: number; end: number }>): TextPart[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) parts.push({ text: text.slice(at, r.start), mark: false });
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
