// A child process for the store's tests: real processes on one workspace, killed or racing.
// Usage: node --import tsx store-child.ts <dir> <command> [args...]; prints one JSON line per result.
import { Workspace } from '../../../electron/core/store';
import { WorkspaceLock } from '../../../electron/core/store/lock';

const [dir, command, ...args] = process.argv.slice(2);
if (!dir || !command) throw new Error('usage: store-child <dir> <command> [args]');
const say = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);

if (command === 'hold') {
  // Holds the workspace lock until the file named by args[0] appears (or forever: kill it).
  const release = args[0];
  await new WorkspaceLock(dir, { command: 'store-child hold' }).run(async () => {
    say({ held: process.pid });
    const { stat } = await import('node:fs/promises');
    for (;;) {
      if (release && (await stat(release).then(() => true, () => false))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  say({ released: process.pid });
} else {
  const ws = await Workspace.open(dir, { create: true, lock: { waitMs: 20_000 }, onRepair: (r) => say({ repair: r }) });
  if (command === 'append') {
    // append <count> <tag>: appends edits one by one, printing each acknowledged one.
    const count = Number(args[0] ?? 1);
    for (let i = 0; i < count; i++) {
      const stored = await ws.appendEdit({ op: 'annotate', id: `e_${args[1] ?? 'x'}_${i}`, note: `${args[1] ?? 'x'} ${i}` });
      say({ ack: stored.seq, id: (stored as { id: string }).id });
    }
  } else if (command === 'undo' || command === 'redo') {
    say({ [command]: command === 'undo' ? await ws.undo() : await ws.redo(), canUndo: ws.canUndo() });
  } else if (command === 'open') {
    say({ edits: ws.activeEdits().map((e) => e.seq), canUndo: ws.canUndo(), warnings: ws.warnings });
  } else throw new Error(`unknown command ${command}`);
}
