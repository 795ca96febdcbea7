import { extname } from 'node:path';

/** Extensions of files that can hold articles. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/**
 * Extensions of files that are plainly not articles (pictures, media, archives, fonts, programs,
 * system files): skipped without a word when met inside a folder.
 */
const NOT_ARTICLES = new Set([
  '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.webp', '.tif', '.tiff', '.ico', '.svg', '.heic', '.psd', '.raw',
  '.mp3', '.wav', '.flac', '.aac', '.ogg', '.m4a', '.mp4', '.mov', '.avi', '.mkv', '.wmv', '.webm', '.flv',
  '.zip', '.rar', '.7z', '.gz', '.tgz', '.bz2', '.xz', '.tar', '.iso', '.dmg',
  '.ttf', '.otf', '.woff', '.woff2', '.eot',
  '.exe', '.dll', '.so', '.dylib', '.bin', '.app', '.msi', '.class', '.jar', '.pyc', '.o',
  '.db', '.sqlite', '.lnk', '.ini', '.tmp', '.bak', '.swp', '.lock', '.log', '.css', '.js', '.map',
]);
/** File names that operating systems and tools leave in folders. */
const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);

/** The lower-case extension of a file name, with its dot (`.txt`), or '' when it has none. */
export function extensionOf(name: string): string {
  return extname(name).toLowerCase();
}

/** True for `.txt`, `.md`, `.html` and `.htm`. */
export function isSupported(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** True when a file met in a folder is plainly not an article and need not be reported. */
export function isIgnorable(name: string): boolean {
  return NOT_ARTICLES.has(extensionOf(name)) || SYSTEM_FILES.has(name.toLowerCase());
}

/** The reason given for a file type that cannot be imported. */
export function unsupportedReason(name: string): string {
  const ext = extensionOf(name);
  return ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)';
}
