/** A stand-in for a streamed array inside the document given to `prettyJsonChunks`. */
export function streamed(name: string): string {
  return `@@zhitu-streamed:${name}@@`;
}

/** The items of an array as `JSON.stringify(array, null, 2)` writes it at `indent`, one item at a time. */
function* arrayChunks(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    const text = JSON.stringify(item, null, 2) ?? 'null';
    yield `${first ? '[\n' : ',\n'}${inner}${text.includes('\n') ? text.replace(/\n/g, `\n${inner}`) : text}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

/**
 * `JSON.stringify(doc, null, 2)` written a piece at a time: each string `streamed(name)` in `doc`
 * stands for the array `arrays[name]()`, whose items are stringified one by one as they come.
 * The bytes are those of the whole document stringified at once.
 */
export function* prettyJsonChunks(doc: unknown, arrays: Readonly<Record<string, () => Iterable<unknown>>>): Generator<string> {
  const text = JSON.stringify(doc, null, 2);
  let at = 0;
  for (;;) {
    let next = -1;
    let name = '';
    for (const key of Object.keys(arrays)) {
      const found = text.indexOf(JSON.stringify(streamed(key)), at);
      if (found >= 0 && (next < 0 || found < next)) {
        next = found;
        name = key;
      }
    }
    if (next < 0) break;
    const lineStart = text.lastIndexOf('\n', next) + 1;
    const indent = /^ */.exec(text.slice(lineStart, next))?.[0] ?? '';
    yield text.slice(at, next);
    yield* arrayChunks(arrays[name](), indent);
    at = next + JSON.stringify(streamed(name)).length;
  }
  yield text.slice(at);
}
