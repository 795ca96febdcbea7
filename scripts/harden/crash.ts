import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openZhitu } from '../../electron/core/api';
import { Workspace } from '../../electron/core/store';
import { listTempFiles } from '../../electron/core/store/json-file';
import { startServer } from '../../electron/server/index';
import type { EntitySummary, StoredEdit } from '../../electron/shared/types';
import { callServer, seededRandom, zhitu, type CliEnd } from './cli-runner';

/** Options of {@link runCrashCampaign}. */
export interface CrashOptions {
  /** SIGKILLs to land during import, edits and reextract. */
  kills: number;
  /** Edits per writer in the two-writer runs. */
  writerEdits: number;
  seed: number;
  /** An empty folder to work in. */
  workDir: string;
  log?: (line: string) => void;
}

/** Tally of a run of writers. */
export interface WriterTally {
  tried: number;
  acknowledged: number;
  /** Refused with an error (e.g. the workspace stayed busy): not acknowledged, so not lost. */
  refused: number;
  lost: number;
}

/** What the crash-and-concurrency campaign saw. */
export interface CrashReport {
  tries: number;
  kills: number;
  acknowledged: number;
  lost: number;
  corrupt: number;
  leftoverTemp: number;
  /** Temporary files that kills left and the next open removed. */
  tempRemovedOnOpen: number;
  writers: WriterTally;
  serverAndCli: WriterTally & { serverSawCli: boolean };
  reimport: { expected: number; present: number; duplicates: number };
  problems: string[];
}

const ORGS = ['深圳市总工会', '深圳市职工发展基金会', '北京市人民政府', '广州市委宣传部', '上海市科学技术委员会'];
const PEOPLE = ['李昱霖', '王伟中', '张晓明', '陈建华'];

function page(n: number): string {
  const org = ORGS[n % ORGS.length]!;
  const other = ORGS[(n + 2) % ORGS.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  return `${org}与${other}签署合作协议（第${n}号）\n\n本报讯（记者 ${person}）${org}与${other}日前签署合作协议。${person}表示，双方将在第${n}项工作中加强合作。\n`;
}

interface Ack {
  op: 'annotate' | 'rename';
  id: string;
  marker: string;
}

/**
 * Kills `zhitu` processes at random moments during import, edits and reextract, then runs two CLI
 * writers at once and the server with a CLI writer; after each step it opens the workspace and
 * counts acknowledged edits that are gone, damaged files and temporary files left behind.
 */
export async function runCrashCampaign(options: CrashOptions): Promise<CrashReport> {
  const random = seededRandom(options.seed);
  const log = options.log ?? (() => undefined);
  const ws = join(options.workDir, 'workspace');
  const sources = join(options.workDir, 'sources');
  await mkdir(sources, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < 8; n++) {
    files.push(join(sources, `page-${n}.txt`));
    await writeFile(files[n]!, page(n));
  }
  const report: CrashReport = {
    tries: 0,
    kills: 0,
    acknowledged: 0,
    lost: 0,
    corrupt: 0,
    leftoverTemp: 0,
    tempRemovedOnOpen: 0,
    writers: { tried: 0, acknowledged: 0, refused: 0, lost: 0 },
    serverAndCli: { tried: 0, acknowledged: 0, refused: 0, lost: 0, serverSawCli: false },
    reimport: { expected: 0, present: 0, duplicates: 0 },
    problems: [],
  };
  const must = (end: CliEnd, what: string): CliEnd => {
    if (end.code !== 0) throw new Error(`${what} failed (${end.code ?? end.signal}): ${end.stderr}`);
    return end;
  };
  // The workspace is prepared in this process (the kills are what the campaign is about).
  const prepared = await openZhitu({ dir: ws, create: true });
  await prepared.importPaths({ paths: files.slice(0, 3) });
  const ids = (await prepared.listEntities({})).map((e) => e.id);
  await prepared.close();
  const acked: Ack[] = [];

  /** Opens the workspace as the next command would, and counts what went wrong. */
  const check = async (): Promise<Set<string>> => {
    report.tempRemovedOnOpen += (await listTempFiles(ws)).length;
    let present = new Set<string>();
    try {
      const opened = await Workspace.open(ws);
      report.corrupt += opened.repairs.length;
      for (const r of opened.repairs) report.problems.push(`repaired ${r.file}: ${r.damage}`);
      present = new Set(opened.activeEdits().map(markerOf));
    } catch (error) {
      report.corrupt++;
      report.problems.push(`the workspace did not open: ${(error as Error).message}`);
    }
    report.leftoverTemp += (await listTempFiles(ws)).length;
    return present;
  };
  const lostOf = (present: Set<string>, list: Ack[]): number => list.filter((a) => !present.has(`${a.op}:${a.id}:${a.marker}`)).length;

  // 1. Kills at random moments. Each kind's usual duration is learnt from runs that finished.
  const usual: Record<string, number> = {};
  while (report.kills < options.kills && report.tries < options.kills * 4) {
    const t = report.tries++;
    const roll = random();
    const kind = roll < 0.6 ? 'edit' : roll < 0.8 ? 'import' : 'reextract';
    const id = ids[Math.floor(random() * ids.length)]!;
    const ack: Ack = random() < 0.7 ? { op: 'annotate', id, marker: `注${t}` } : { op: 'rename', id, marker: `名称${t}` };
    const args =
      kind === 'import'
        ? ['import', files[Math.floor(random() * files.length)]!]
        : kind === 'reextract'
          ? ['reextract']
          : ack.op === 'annotate'
            ? ['annotate', id, '--note', ack.marker]
            : ['rename', id, ack.marker];
    // Until a run of this kind finished, its duration is guessed (a CLI process takes seconds).
    const killAt = Math.floor(random() * (usual[kind] ?? 4000) * 1.2);
    const end = await zhitu(args, ws, killAt);
    if (end.signal === 'SIGKILL') report.kills++;
    else if (end.code === 0) {
      usual[kind] = Math.max(usual[kind] ?? 0, end.ms);
      if (kind === 'edit') {
        acked.push(ack);
        report.acknowledged++;
      }
    } else report.problems.push(`zhitu ${args.join(' ')} failed: ${end.stderr.trim()}`);
    const lost = lostOf(await check(), acked);
    if (lost > report.lost) report.problems.push(`after try ${t} (${args.join(' ')}), ${lost} acknowledged edits are missing`);
    report.lost = lost;
    if (t % 10 === 9) log(`crash: ${t + 1} tries, ${report.kills} kills, ${report.acknowledged} acknowledged edits, ${report.lost} lost`);
  }

  // 2. Two CLI writers at once, then the server and a CLI writer at once.
  const writer = async (tally: WriterTally, prefix: string, edit: (ack: Ack) => Promise<boolean>): Promise<Ack[]> => {
    const mine: Ack[] = [];
    for (let i = 0; i < options.writerEdits; i++) {
      const ack: Ack = { op: 'annotate', id: ids[(i * 7 + prefix.length) % ids.length]!, marker: `${prefix}${i}` };
      tally.tried++;
      if (await edit(ack)) {
        tally.acknowledged++;
        mine.push(ack);
      } else tally.refused++;
    }
    return mine;
  };
  const viaCli = async (ack: Ack): Promise<boolean> => {
    const end = await zhitu(['annotate', ack.id, '--note', ack.marker], ws);
    if (end.code !== 0) report.problems.push(`writer: ${end.stderr.trim()}`);
    return end.code === 0;
  };
  const two = await Promise.all([writer(report.writers, '甲', viaCli), writer(report.writers, '乙', viaCli)]);
  report.writers.lost = lostOf(await check(), two.flat());
  log(`writers: ${report.writers.acknowledged} acknowledged, ${report.writers.lost} lost`);

  const renderer = join(options.workDir, 'renderer');
  await mkdir(renderer, { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>知图</title>');
  const core = await openZhitu({ dir: ws });
  const server = await startServer({ zhitu: core, rendererDir: renderer });
  try {
    const viaServer = (ack: Ack): Promise<boolean> =>
      callServer(server.port, server.token, 'edit', { op: { op: 'annotate', id: ack.id, note: ack.marker } }).then(
        () => true,
        (error: Error) => (report.problems.push(`server: ${error.message}`), false),
      );
    const both = await Promise.all([writer(report.serverAndCli, '服', viaServer), writer(report.serverAndCli, '命', viaCli)]);
    report.serverAndCli.lost = lostOf(await check(), both.flat());
    const last = ids[0]!;
    must(await zhitu(['annotate', last, '--note', '最后'], ws), 'the last annotation');
    const seen = await callServer<EntitySummary[]>(server.port, server.token, 'listEntities', {});
    report.serverAndCli.serverSawCli = seen.find((e) => e.id === last)?.note === '最后';
  } finally {
    await server.close();
    await core.close();
  }
  log(`server + CLI: ${report.serverAndCli.acknowledged} acknowledged, ${report.serverAndCli.lost} lost`);

  // 3. Importing everything again neither loses nor duplicates an article.
  must(await zhitu(['import', ...files], ws), 'the re-import');
  const fresh = await openZhitu({ dir: join(options.workDir, 'fresh'), create: true });
  const expected = new Set((await fresh.importPaths({ paths: files })).addedIds ?? []);
  await fresh.close();
  const present = (await Workspace.open(ws)).articles().map((a) => a.id);
  report.reimport = {
    expected: expected.size,
    present: present.filter((id) => expected.has(id)).length,
    duplicates: present.length - new Set(present).size,
  };
  await check();
  return report;
}

function markerOf(edit: StoredEdit): string {
  if (edit.op === 'annotate') return `annotate:${edit.id}:${edit.note ?? ''}`;
  if (edit.op === 'rename') return `rename:${edit.id}:${edit.name}`;
  return edit.op;
}
