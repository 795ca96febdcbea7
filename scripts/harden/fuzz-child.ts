// A child process of the fuzz campaign: runs inputs [start, end) of a seed through the readers
// (loadDocument) and the extractor, and says on stdout when each starts and ends. Pipes are
// synchronous on Linux, so the parent knows which input was running if this process dies.
import { writeFileSync, writeSync } from 'node:fs';
import { loadDocument, SourceError } from '../../electron/core/articles';
import { createExtractor } from '../../electron/core/extract';
import { nthInput, serialiseInput, type FuzzLimits } from './fuzz-inputs';

const [seed, start, end, limits, inputFile] = process.argv.slice(2);
const say = (line: string): void => void writeSync(1, `${line}\n`);

const extractor = createExtractor();
say('ready');
for (let i = Number(start); i < Number(end); i++) {
  const input = nthInput(Number(seed), i, JSON.parse(limits!) as FuzzLimits);
  writeFileSync(inputFile!, serialiseInput(input));
  say(`start ${i}`);
  const began = performance.now();
  let outcome = 'ok';
  try {
    if (input.kind === 'file') {
      for (const draft of loadDocument(input.bytes, input.name).drafts) extractor.extract(draft.text);
    } else extractor.extract(input.text);
  } catch (error) {
    outcome = error instanceof SourceError ? 'refused' : `error ${JSON.stringify(String((error as Error)?.stack ?? error).slice(0, 500))}`;
  }
  say(`end ${i} ${Math.round(performance.now() - began)} ${outcome}`);
}
say('done');
