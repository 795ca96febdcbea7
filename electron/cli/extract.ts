import { readFile } from 'node:fs/promises';
import type { CliIo } from './index';

type Values = Record<string, string | boolean | string[] | undefined>;

/** `zhitu extract`: entities and relations of a page, a body or JSON lines, without a workspace. */
export async function extractCommand(args: string[], values: Values, io: CliIo): Promise<number> {
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
