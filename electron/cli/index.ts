import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Zhitu } from '../core/api';
import { ENTITY_TYPES, EXPORT_FORMATS, RELATION_TYPES, type EditOp, type EntityType, type ExportFormat } from '../shared/types';
import { printArticles, printEntities, printImport, printRelations, printStats } from './format';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { UsageError } from './usage-error';

/** Where the CLI writes and reads; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /** Called by `serve` with the server's stop function, so that the caller can end it. */
  onServe?: (stop: () => Promise<void>) => void;
}

const COMMON = {
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  import: { 'max-mb': { type: 'string' } },
  entities: { type: { type: 'string' } },
  extract: { jsonl: { type: 'boolean' }, 'no-split': { type: 'boolean' } },
  export: {
    format: { type: 'string' },
    out: { type: 'string' },
    articles: { type: 'boolean' },
    'no-cooccurs': { type: 'boolean' },
    type: { type: 'string', multiple: true },
  },
  annotate: { note: { type: 'string' }, tag: { type: 'string', multiple: true }, color: { type: 'string' } },
  serve: { port: { type: 'string' } },
};

/** Runs one `zhitu` command; returns the exit code (0 ok, 1 error, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${MAIN_HELP}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    io.stdout('zhitu 0.1.0\n');
    return 0;
  }
  if (!(command in COMMAND_HELP)) {
    io.stderr(`zhitu: unknown command '${command}' (see zhitu --help)\n`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...COMMON, ...(OPTIONS[command] ?? {}) }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`zhitu ${command}: ${(error as Error).message}\n${COMMAND_HELP[command]}\n`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.stdout(`${COMMAND_HELP[command]}\n`);
    return 0;
  }
  try {
    return await dispatch(command, parsed.positionals, values, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`zhitu ${command}: ${error.message}\n${COMMAND_HELP[command]}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`zhitu ${command}: ${message}\n`);
    if (values.debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return 1;
  }
}

type Values = Record<string, string | boolean | string[] | undefined>;

async function dispatch(command: string, args: string[], values: Values, io: CliIo): Promise<number> {
  const dir = resolve(typeof values.workspace === 'string' ? values.workspace : 'zhitu-workspace');
  const json = values.json === true;
  const out = (value: unknown, human: () => string): void => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : human());
  if (command === 'extract') return extractCommand(args, values, io);
  if (command === 'serve') {
    const { serveCommand } = await import('./serve');
    return serveCommand(dir, values, io);
  }
  checkOptions(command, values);
  // The core (segmenter, gazetteer) loads only when a command needs it, so --help stays instant.
  const { openZhitu, describeRepair } = await import('../core/api');
  const op = EDIT_COMMANDS.has(command) ? editOpFor(command, args, values) : undefined;
  const zhitu = await openZhitu({
    dir,
    create: command === 'import',
    maxBytes: command === 'import' && values['max-mb'] ? Number(values['max-mb']) * 1024 * 1024 : undefined,
    onRepair: (repair) => io.stderr(`zhitu: repaired ${dir}: ${describeRepair(repair)}\n`),
  });
  const stopProgress = io.stderrIsTTY ? zhitu.onProgress((p) => io.stderr(`\r${p.task} ${p.done}/${p.total} ${p.current ?? ''}`.slice(0, 100).padEnd(100))) : () => {};
  try {
    if (op) {
      const result = await zhitu.edit({ op });
      out(result, () => `${command}: done${result.id ? ` (${result.id})` : ''}\n`);
      return 0;
    }
    return await run(zhitu, command, args, values, out);
  } finally {
    stopProgress();
    if (io.stderrIsTTY) io.stderr('\r'.padEnd(101) + '\r');
    await zhitu.close();
  }
}

const EDIT_COMMANDS = new Set(['annotate', 'rename', 'retype', 'merge', 'split-alias', 'delete', 'add-node', 'add-edge', 'delete-edge']);

/** Option values that are wrong whatever the workspace holds: a usage error before anything opens. */
function checkOptions(command: string, values: Values): void {
  const types = [values.type].flat().filter((t): t is string => typeof t === 'string');
  for (const t of types) if (!ENTITY_TYPES.includes(t as EntityType)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')}`);
  if (command === 'export') {
    if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    if (typeof values.out !== 'string') throw new UsageError('missing --out PATH');
  }
  if (command === 'import' && values['max-mb'] !== undefined && !(Number(values['max-mb']) > 0)) throw new UsageError('--max-mb must be a positive number');
}

async function run(zhitu: Zhitu, command: string, args: string[], values: Values, out: (v: unknown, human: () => string) => void): Promise<number> {
  const need = (n: number, what: string): void => {
    if (args.length < n) throw new UsageError(`missing ${what}`);
  };
  switch (command) {
    case 'import': {
      need(1, 'PATH');
      const result = await zhitu.importPaths({ paths: args.map((p) => resolve(p)) });
      const { addedIds: _ids, ...shown } = result;
      out(shown, () => printImport(result));
      return 0;
    }
    case 'articles': {
      const list = await zhitu.listArticles();
      out(list, () => printArticles(list));
      return 0;
    }
    case 'entities': {
      const type = values.type as string | undefined;
      const list = await zhitu.listEntities({ type: type as EntityType | undefined });
      out(list, () => printEntities(list));
      return 0;
    }
    case 'relations': {
      const list = await zhitu.listRelations();
      const names = new Map((await zhitu.listEntities({})).map((e) => [e.id, e.name]));
      out(list, () => printRelations(list, names));
      return 0;
    }
    case 'stats': {
      const stats = await zhitu.stats();
      out(stats, () => printStats(stats));
      return 0;
    }
    case 'export': {
      const format = values.format as ExportFormat;
      const types = (values.type as string[] | undefined) ?? [];
      const paths = await zhitu.exportToPath({
        format: format as ExportFormat,
        out: resolve(values.out as string),
        options: {
          includeArticles: values.articles === true,
          includeCoOccurs: values['no-cooccurs'] !== true,
          ...(types.length ? { filter: { types: types as EntityType[] } } : {}),
        },
      });
      out(paths, () => `${paths.join('\n')}\n`);
      return 0;
    }
    case 'undo':
    case 'redo': {
      const before = await zhitu.workspaceInfo();
      if (command === 'undo' ? !before.canUndo : !before.canRedo) throw new Error(`nothing to ${command}`);
      const result = command === 'undo' ? await zhitu.undo() : await zhitu.redo();
      out(result, () => `${command === 'undo' ? 'undone' : 'redone'}\n`);
      return 0;
    }
    case 'reextract': {
      const info = await zhitu.reextract();
      out(info, () => `re-extracted ${info.articles} articles: ${info.entities} entities, ${info.relations} relations${info.orphans.length ? `; ${info.orphans.length} edits no longer apply` : ''}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

function editOpFor(command: string, args: string[], values: Values): EditOp {
  const need = (n: number, what: string): void => {
    if (args.length < n) throw new UsageError(`missing ${what}`);
  };
  const entityType = (t: string): EntityType => {
    if (!ENTITY_TYPES.includes(t as EntityType)) throw new UsageError(`TYPE must be one of ${ENTITY_TYPES.join(', ')}`);
    return t as EntityType;
  };
  switch (command) {
    case 'annotate': {
      need(1, 'ID');
      const op: EditOp = { op: 'annotate', id: args[0] };
      if (typeof values.note === 'string') op.note = values.note === '' ? null : values.note;
      if (Array.isArray(values.tag)) op.tags = values.tag;
      if (typeof values.color === 'string') {
        if (!/^#[0-9a-fA-F]{6}$/.test(values.color)) throw new UsageError('--color must look like #1f77b4');
        op.color = values.color;
      }
      if (op.note === undefined && !op.tags && op.color === undefined) throw new UsageError('give --note, --tag or --color');
      return op;
    }
    case 'rename':
      need(2, 'ID and NAME');
      return { op: 'rename', id: args[0], name: args.slice(1).join(' ') };
    case 'retype':
      need(2, 'ID and TYPE');
      return { op: 'retype', id: args[0], type: entityType(args[1]) };
    case 'merge':
      need(2, 'TARGET_ID and SOURCE_ID');
      return { op: 'merge', target: args[0], sources: args.slice(1) };
    case 'split-alias':
      need(2, 'ID and ALIAS');
      return { op: 'splitAlias', id: args[0], alias: args[1] };
    case 'delete':
      need(1, 'ID');
      return { op: 'delete', id: args[0] };
    case 'add-node':
      need(2, 'TYPE and NAME');
      return { op: 'addNode', type: entityType(args[0]), name: args.slice(1).join(' ') };
    case 'add-edge': {
      need(3, 'SOURCE_ID, TARGET_ID and TYPE');
      if (!RELATION_TYPES.includes(args[2] as (typeof RELATION_TYPES)[number])) throw new UsageError(`TYPE must be one of ${RELATION_TYPES.join(', ')}`);
      return { op: 'addEdge', source: args[0], target: args[1], type: args[2] as (typeof RELATION_TYPES)[number], label: args[3] ?? '' };
    }
    case 'delete-edge':
      need(1, 'EDGE_ID');
      return { op: 'deleteEdge', id: args[0] };
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

async function extractCommand(args: string[], values: Values, io: CliIo): Promise<number> {
  const { extractOnly } = await import('../core/api');
  const source = args[0] ?? '-';
  const text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(`${source}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  if (values.jsonl) {
    const lines = text.split('\n').filter((l) => l.trim());
    const items = lines.map((line, i) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`stdin line ${i + 1}: not valid JSON`);
      }
      const item = value as { id?: unknown; text?: unknown };
      if (typeof item?.text !== 'string') throw new Error(`stdin line ${i + 1}: expected {"id", "text"}`);
      return { id: item.id === undefined ? undefined : String(item.id), text: item.text };
    });
    const outputs = await extractOnly(items, false);
    for (const o of outputs) io.stdout(`${JSON.stringify(o)}\n`);
    return 0;
  }
  const [output] = await extractOnly([{ text }], values['no-split'] !== true);
  io.stdout(`${JSON.stringify(output)}\n`);
  return 0;
}
