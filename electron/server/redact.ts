import { basename, isAbsolute, relative, sep, win32 } from 'node:path';

/** Keys of API results that hold file or folder paths. */
const PATH_KEYS = new Set(['dir', 'source', 'path', 'file', 'current', 'out']);
// An absolute path inside a message: POSIX (`/home/...`, not part of a URL or a fraction) or Windows (`C:\...`).
const ABSOLUTE_IN_TEXT = /(?<![\w:/.~-])\/(?:[^\s'"`,;()<>]+\/)*[^\s'"`,;()<>/]+|\b[A-Za-z]:\\(?:[^\s'"`,;()<>\\]+\\)*[^\s'"`,;()<>\\]+/g;

/**
 * What a page on the loopback server may see of local paths: paths inside the workspace become
 * relative to it, the workspace itself is its folder's name, and any other absolute path is cut
 * to its file name. A browser page has no use for the layout of the user's disk.
 */
export class PathRedactor {
  constructor(private readonly workspace: string) {}

  /** One path: relative inside the workspace, else its last part; relative paths stay as they are. */
  path(value: string): string {
    if (!isAbsolute(value) && !win32.isAbsolute(value)) return value;
    if (value === this.workspace) return basename(value);
    const inside = relative(this.workspace, value);
    if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return inside.split(sep).join('/');
    return win32.isAbsolute(value) && !isAbsolute(value) ? win32.basename(value) : basename(value);
  }

  /** A message (an error's text) with every absolute path in it redacted. */
  text(message: string): string {
    return message.replace(ABSOLUTE_IN_TEXT, (found) => this.path(found));
  }

  /** JSON of an API result with the path-valued fields (`dir`, `source`, `path`, ...) redacted. */
  json(body: unknown): string {
    return JSON.stringify(body, (key, value: unknown) => (PATH_KEYS.has(key) && typeof value === 'string' ? this.path(value) : value));
  }
}
