import { runCli } from '../../electron/cli/index';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, capturing what it prints. */
export async function cli(args: string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** Like `cli` with `--json`, parsing stdout; fails loudly when the command failed. */
export async function cliJson<T = unknown>(args: string[], stdin = ''): Promise<T> {
  const run = await cli([...args, '--json'], stdin);
  if (run.code !== 0) throw new Error(`zhitu ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
