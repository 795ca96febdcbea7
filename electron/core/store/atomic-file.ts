import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `content` to `path` whole or not at all: a temporary file next to it, fsync, rename,
 * fsync of the folder. Returns the size and SHA-256 of what was written.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<{ bytes: number; sha256: string }> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const temp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  await syncDir(dirname(path));
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** fsync of a folder, so that a rename in it survives a power loss (ignored where unsupported). */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a folder.
  }
}
