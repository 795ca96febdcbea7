import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnrepairableFileError, Workspace } from '../../../electron/core/store';
import { listTempFiles } from '../../../electron/core/store/json-file';
import { runChild } from './child';

// Kill a process at every step of the recovery of a damaged edit log: the edits survive.
let root: string;
let template: string;
const NOTES = ['一', '二', '三'];

const DAMAGES = {
  truncated: (text: string) => text.slice(0, Math.floor(text.length / 2)),
  garbage: () => '\u0000\u0000\u0000\u0000',
  empty: () => '',
  'wrong shape': () => JSON.stringify({ edits: 'none', cursor: -1 }),
  missing: null,
} as const;
type Damage = keyof typeof DAMAGES;

let n = 0;
/** A copy of the template workspace (three edits, their backups) with edits.json damaged. */
async function damaged(kind: Damage): Promise<{ dir: string; bytes: string | null }> {
  const dir = join(root, `ws-${++n}`);
  await cp(template, dir, { recursive: true });
  const path = join(dir, 'edits.json');
  const damage = DAMAGES[kind];
  if (damage === null) {
    await unlink(path);
    return { dir, bytes: null };
  }
  const bytes = damage(await readFile(path, 'utf8'));
  await writeFile(path, bytes);
  return { dir, bytes };
}

/** Opens the workspace in this process: the three edits are there and the damaged bytes are kept aside. */
async function expectSurvived(dir: string, bytes: string | null): Promise<void> {
  const ws = await Workspace.open(dir);
  expect(ws.activeEdits().map((e) => (e as { note?: string }).note)).toEqual(NOTES);
  if (bytes !== null) {
    const kept = (await readdir(dir)).filter((f) => f.startsWith('edits.json.corrupt-'));
    expect(await Promise.all(kept.map((f) => readFile(join(dir, f), 'utf8')))).toContain(bytes);
  }
  expect(await listTempFiles(dir)).toEqual([]);
}

let steps: string[] = [];
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-recovery-'));
  template = join(root, 'template');
  const ws = await Workspace.open(template, { create: true });
  for (const note of NOTES) await ws.appendEdit({ op: 'annotate', id: 'e_1', note });
  // The steps of one recovery, as the fault points a child process reaches while it recovers.
  const { dir } = await damaged('truncated');
  const trace = join(root, 'trace');
  const run = await runChild(dir, ['open'], { ZHITU_FAULT_TRACE: trace });
  expect(run.code).toBe(0);
  steps = (await readFile(trace, 'utf8')).trim().split('\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The rule that kills a child at `steps[i]` (the n-th time it reaches that point). */
const killAt = (i: number): string => `kill@${steps[i]}#${steps.slice(0, i + 1).filter((s) => s === steps[i]).length}`;

describe('recovery of a damaged edit log', () => {
  it('goes through the steps that keep the damaged copy, then copy the backup in, then report', () => {
    const at = (name: string): number => steps.findIndex((s) => (name.endsWith('-') ? s.startsWith(name) : s === name));
    expect(at('recovery:kept:edits.json')).toBeGreaterThan(at('renamed:edits.json.corrupt-'));
    expect(at('recovery:chosen:edits.json')).toBeGreaterThan(at('recovery:kept:edits.json'));
    expect(at('renamed:edits.json')).toBeGreaterThan(at('recovery:chosen:edits.json'));
    expect(at('recovery:restored:edits.json')).toBeGreaterThan(at('renamed:edits.json'));
  });

  it('loses no edit when the process is killed at any step of it', async () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < steps.length; i++) {
      const { dir, bytes } = await damaged('truncated');
      const run = await runChild(dir, ['open'], { ZHITU_FAULTS: killAt(i) });
      expect(run.signal, `killed at ${steps[i]}`).toBe('SIGKILL');
      await expectSurvived(dir, bytes);
    }
  }, 300_000);

  it('loses no edit for any damage, killed once or twice at random steps of recovery', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(DAMAGES) as Damage[])),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 2 }),
        async (kind, kills) => {
          const { dir, bytes } = await damaged(kind);
          // A missing file has no damaged copy to keep: a kill at one of those steps does not happen.
          for (const k of kills) await runChild(dir, ['open'], { ZHITU_FAULTS: killAt(k % steps.length) });
          await expectSurvived(dir, bytes);
        },
      ),
      { numRuns: 3 },
    );
  }, 300_000);
});

describe('recovery that cannot be done', () => {
  it('refuses to open the workspace, changes nothing, and says what to do', async () => {
    const { dir, bytes } = await damaged('truncated');
    for (const name of await readdir(join(dir, 'backups'))) {
      if (name.startsWith('edits-')) await writeFile(join(dir, 'backups', name), '{');
    }
    const error = await Workspace.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrepairableFileError);
    expect((error as Error).message).toMatch(/edits\.json is damaged \(not valid JSON.*none of its backups can be read.*does not open/);
    expect(await readFile(join(dir, 'edits.json'), 'utf8')).toBe(bytes);
  });
});
