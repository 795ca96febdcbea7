import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// The reference of the scale bench: raw `@node-rs/jieba` `tag` over every article text of the
// corpus, one thread, jieba's own dictionary. Prints {"articles", "chars", "tagMs"} on stdout.
const file = process.argv[2];
if (!file) throw new Error('usage: jieba-tag.ts TEXTS.jsonl');
const texts: string[] = [];
for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
  if (line) texts.push((JSON.parse(line) as { text: string }).text);
}
const jieba = Jieba.withDict(dict);
jieba.tag('预热', true);
let chars = 0;
let words = 0;
const t0 = performance.now();
for (const text of texts) {
  chars += text.length;
  words += jieba.tag(text, true).length;
}
const tagMs = performance.now() - t0;
console.log(JSON.stringify({ articles: texts.length, chars, words, tagMs }));
