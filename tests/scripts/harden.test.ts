import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, SourceError } from '../../electron/core/articles';
import { createExtractor, type Extractor } from '../../electron/core/extract';
import { runCrashCampaign } from '../../scripts/harden/crash';
import { runFuzz } from '../../scripts/harden/fuzz';
import { fuzzInput } from '../../scripts/harden/fuzz-inputs';

// The reduced `npm run harden`: a few kills and writers, and the fuzz inputs with the global seed.
// Lines and nesting stay small here (deep HTML and 200k-character lines are slow today: see the campaign).
const REDUCED = { maxLineLength: 20_000, maxDepth: 100 };
let work: string;
let extractor: Extractor;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'zhitu-harden-test-'));
  extractor = createExtractor();
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run harden (reduced)', () => {
  it('reads and extracts generated hostile inputs without an exception other than a refusal', () => {
    fc.assert(
      fc.property(fuzzInput(REDUCED), (input) => {
        try {
          if (input.kind === 'file') {
            for (const draft of loadDocument(input.bytes, input.name).drafts) extractor.extract(draft.text);
          } else extractor.extract(input.text);
        } catch (error) {
          if (!(error instanceof SourceError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('loses no acknowledged edit when processes are killed or write at once, and leaves no damaged or temporary file', async () => {
    const report = await runCrashCampaign({ kills: 1, writerEdits: 2, seed: 1, workDir: join(work, 'crash') });
    expect(report.kills).toBe(1);
    expect(report).toMatchObject({ lost: 0, corrupt: 0, leftoverTemp: 0 });
    expect(report.writers).toMatchObject({ tried: 4, lost: 0 });
    expect(report.writers.acknowledged + report.writers.refused).toBe(4);
    expect(report.serverAndCli).toMatchObject({ tried: 4, lost: 0, serverSawCli: true });
    expect(report.reimport.present).toBe(report.reimport.expected);
    expect(report.reimport.duplicates).toBe(0);
    expect(report.problems.filter((p) => !p.startsWith('writer:'))).toEqual([]);
  }, 300_000);

  it('runs the fuzz inputs in a child process and reports none that crashed it', async () => {
    const report = await runFuzz({ inputs: 60, seed: fc.readConfigureGlobal().seed ?? 1, budgetMs: 60_000, limits: REDUCED, outDir: join(work, 'fuzz') });
    expect(report.inputs).toBe(60);
    expect(report.crashes).toEqual([]);
    expect(report.hangs).toEqual([]);
  }, 300_000);
});
