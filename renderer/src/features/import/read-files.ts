import type { UploadedFile } from '../../../../electron/shared/types';

/** File names the importer reads. */
export const IMPORTABLE = /\.(txt|md|markdown|html?|xhtml)$/i;

/** Whether a file name is one the importer reads. */
export function isImportable(name: string): boolean {
  return IMPORTABLE.test(name);
}

/** Base64 of bytes, in chunks so that big files do not overflow the argument stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Reads files (from an input or a drop) into the upload form the API takes; keeps folder paths in names. */
export async function readUploads(files: File[]): Promise<UploadedFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.webkitRelativePath || file.name,
      base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())),
    })),
  );
}

interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure: (error: unknown) => void): void;
}
interface DirectoryEntryLike extends EntryLike {
  createReader(): { readEntries(success: (entries: EntryLike[]) => void, failure: (error: unknown) => void): void };
}

async function walk(entry: EntryLike, out: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileEntryLike).file(resolve, reject));
    if (isImportable(file.name)) {
      // Keep the folder path, as a folder input would.
      const named = new File([file], file.name, { type: file.type, lastModified: file.lastModified });
      Object.defineProperty(named, 'webkitRelativePath', { value: entry.fullPath.replace(/^\//, '') });
      out.push(named);
    }
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DirectoryEntryLike).createReader();
  // readEntries returns at most ~100 entries per call: read until it returns none.
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, out);
  }
}

/** The importable files of a drop, descending into dropped folders. */
export async function filesFromDrop(data: DataTransfer): Promise<File[]> {
  const entries: EntryLike[] = [];
  for (const item of Array.from(data.items ?? [])) {
    const entry = (item as DataTransferItem & { webkitGetAsEntry?: () => EntryLike | null }).webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) return Array.from(data.files ?? []).filter((f) => isImportable(f.name));
  const out: File[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}
