import { splitMarks } from './highlight';

/** Text with some ranges shown as `<mark>`. */
export function Marked({ text, ranges }: { text: string; ranges: Array<{ start: number; end: number }> }) {
  return (
    <>
      {splitMarks(text, ranges).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
