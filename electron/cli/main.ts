import { runCli } from './index';

// Entry of the `zhitu` binary (bin/zhitu.mjs loads it through tsx, so no build step is needed).
const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
if (process.argv[2] !== 'serve' || code !== 0) {
  process.exitCode = code;
}
