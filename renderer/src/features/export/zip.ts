import { strToU8, zipSync } from 'fflate';

/** Several text files as the bytes of one zip archive (deflated, names as given). */
export function zipFiles(files: Array<{ name: string; content: string }>): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.name] = strToU8(f.content);
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
