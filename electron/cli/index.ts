import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Values } from './commands';
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

const DATES = { from: { type: 'string' }, to: { type: 'string' } } as const satisfies ParseArgsConfig['options'];

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  import: { 'max-mb': { type: 'string' }, 'page-date': { type: 'string' } },
  articles: DATES,
  entities: { type: { type: 'string' }, ...DATES },
  relations: DATES,
  stats: DATES,
  analyze: { 'no-cooccurs': { type: 'boolean' }, top: { type: 'string' }, ...DATES },
  extract: { jsonl: { type: 'boolean' }, 'no-split': { type: 'boolean' } },
  export: {
    format: { type: 'string' },
    out: { type: 'string' },
    articles: { type: 'boolean' },
    'no-cooccurs': { type: 'boolean' },
    type: { type: 'string', multiple: true },
    ...DATES,
  },
  'set-date': { clear: { type: 'boolean' } },
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
  const values = parsed.values as Values;
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

async function dispatch(command: string, args: string[], values: Values, io: CliIo): Promise<number> {
  const dir = resolve(typeof values.workspace === 'string' ? values.workspace : 'zhitu-workspace');
  const json = values.json === true;
  const out = (value: unknown, human: () => string): void => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : human());
  if (command === 'extract') {
    const { extractCommand } = await import('./extract');
    return extractCommand(args, values, io);
  }
  if (command === 'serve') {
    const { serveCommand } = await import('./serve');
    return serveCommand(dir, values, io);
  }
  if (command === 'import' && values['max-mb'] !== undefined && !(Number(values['max-mb']) > 0)) throw new UsageError('--max-mb must be a positive number');
  // The commands and the core (segmenter, gazetteer) load only when a command needs them, so --help stays instant.
  const { planFor } = await import('./commands');
  const run = planFor(command, args, values);
  const { openZhitu, describeRepair } = await import('../core/api');
  const extracts = command === 'import' || command === 'reextract';
  const runner = extracts ? (await import('./extract-pool')).createCliRunner() : undefined;
  const zhitu = await openZhitu({
    dir,
    runner,
    create: command === 'import',
    maxBytes: command === 'import' && values['max-mb'] ? Number(values['max-mb']) * 1024 * 1024 : undefined,
    onRepair: (repair) => io.stderr(`zhitu: repaired ${dir}: ${describeRepair(repair)}\n`),
  });
  const stopProgress = io.stderrIsTTY ? zhitu.onProgress((p) => io.stderr(`\r${p.task} ${p.done}/${p.total} ${p.current ?? ''}`.slice(0, 100).padEnd(100))) : () => {};
  try {
    return await run(zhitu, out);
  } finally {
    stopProgress();
    if (io.stderrIsTTY) io.stderr('\r'.padEnd(101) + '\r');
    await zhitu.close();
  }
}
