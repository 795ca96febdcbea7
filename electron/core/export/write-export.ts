import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFile, ExportFormat } from '../../shared/types';
import { EXPORT_FORMAT_INFO } from './registry';

async function writeAtomically(target: string, content: string): Promise<void> {
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes the files of an export as UTF-8 and returns their absolute paths. Multi-file formats
 * (csv) write into the folder `outPath`, created if needed; single-file formats write `outPath`
 * itself, creating its parent folders. Each file appears whole or not at all (temp file, rename).
 */
export async function writeExport(files: ExportFile[], outPath: string, format: ExportFormat): Promise<string[]> {
  const info = EXPORT_FORMAT_INFO[format];
  if (!info) throw new Error(`Unknown export format: ${String(format)}`);
  const out = path.resolve(outPath);
  if (!info.multiFile) {
    if (files.length !== 1) throw new Error(`Format ${format} writes one file, got ${files.length}`);
    await mkdir(path.dirname(out), { recursive: true });
    await writeAtomically(out, files[0].content);
    return [out];
  }
  for (const file of files) {
    if (file.name !== path.basename(file.name) || file.name === '..' || file.name === '.' || file.name.includes('\\')) {
      throw new Error(`Export file name must not contain a path: ${file.name}`);
    }
  }
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(out, file.name);
    await writeAtomically(target, file.content);
    written.push(target);
  }
  return written;
}
