import { cp, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/store';
import { cli } from '../../cli/run-cli';

// Simulated power-loss damage to each workspace file: the CLI repairs it and says so, one line each.
let root: string;
let template: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-recovery-cli-'));
  template = join(root, 'template');
  await writeFile(join(root, 'page.txt'), '深圳市总工会发起成立深圳市职工发展基金会。\n');
  expect((await cli(['import', join(root, 'page.txt'), '--workspace', template])).code).toBe(0);
  const ws = await Workspace.open(template);
  await ws.savePositions({ e_1: { x: 1, y: 2 } });
  const id = (JSON.parse((await cli(['entities', '--json', '--workspace', template])).stdout) as { id: string }[])[0]!.id;
  expect((await cli(['annotate', id, '--note', '要点', '--workspace', template])).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const DAMAGES: Record<string, ((text: string) => string) | null> = {
  truncated: (text) => text.slice(0, Math.floor(text.length / 2)),
  zeros: (text) => '\u0000'.repeat(text.length),
  'wrong shape': () => '{"unexpected": true}',
  deleted: null,
};
// The small files, and a shard's extraction file (`shards/000001.extract.<digest>.json.gz`: see `EXTRACT`).
const EXTRACT = 'shards/extract';
const FILES = ['zhitu.json', 'catalog.json', EXTRACT, 'edits.json', 'view.json'];

let n = 0;
async function damagedCopy(given: string, kind: string): Promise<string> {
  const dir = join(root, `ws-${++n}`);
  await cp(template, dir, { recursive: true });
  const file = given === EXTRACT ? `shards/${(await readdir(join(dir, 'shards'))).find((f) => f.includes('.extract.'))!}` : given;
  const damage = DAMAGES[kind]!;
  if (damage === null) await unlink(join(dir, file));
  else await writeFile(join(dir, file), damage(await readFile(join(dir, file), 'utf8')));
  return dir;
}

describe('zhitu on a damaged workspace', () => {
  for (const file of FILES) {
    it(`repairs ${file} after each kind of damage and prints one line on stderr`, async () => {
      for (const kind of Object.keys(DAMAGES)) {
        const dir = await damagedCopy(file, kind);
        const run = await cli(['stats', '--workspace', dir]);
        expect(run.code, `${file} ${kind}: ${run.stderr}`).toBe(0);
        const lines = run.stderr.split('\n').filter(Boolean);
        expect(lines, `${file} ${kind}`).toHaveLength(1);
        if (file === EXTRACT) {
          // Shards are never copied to backups: lost extraction results are extracted again from the shard's articles.
          expect(lines[0]).toMatch(new RegExp(`^zhitu: repaired ${dir}: shards/000001\\.extract\\.[0-9a-f]+\\.json\\.gz was damaged \\(.*started it afresh \\(the 1 articles of shard 1 are extracted again\\)`));
        } else {
          expect(lines[0]).toMatch(new RegExp(`^zhitu: repaired ${dir}: ${file.replace('.', '\\.')} was damaged \\(`));
          expect(lines[0]).toMatch(/restored the backup backups\//);
          if (kind !== 'deleted') expect(lines[0]).toMatch(new RegExp(`kept as ${file.replace('.', '\\.')}\\.corrupt-`));
        }
        const again = await cli(['entities', '--json', '--workspace', dir]);
        expect(again.stderr).toBe('');
        expect(JSON.parse(again.stdout)).toContainEqual(expect.objectContaining({ note: '要点' }));
      }
    }, 120_000);
  }

  it('fails with a clear message, and does not open the workspace as empty, when the edit log cannot be repaired', async () => {
    const dir = await damagedCopy('edits.json', 'truncated');
    await rm(join(dir, 'backups'), { recursive: true });
    const run = await cli(['entities', '--workspace', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^zhitu entities: .*edits\.json is damaged \(not valid JSON.*none of its backups can be read.*does not open this workspace/);
  });
});
