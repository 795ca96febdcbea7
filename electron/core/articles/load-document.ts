import type { ArticleDraft } from '../../shared/types';
import { fileDateFromName } from './dates';
import { decodeBytes } from './decode';
import { extensionOf, isSupported, unsupportedReason } from './file-types';
import { htmlToText, looksLikeHtml } from './html';
import { markdownToText } from './markdown';
import { SourceError } from './source-error';
import { splitPage } from './split-page';

/** Largest file read by default: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Options of {@link loadDocument}. */
export interface LoadOptions {
  /** Largest accepted size in bytes (default 20 MB). */
  maxBytes?: number;
  /** The page's date; when left out it is read from the file name; null means none is known. */
  fileDate?: string | null;
}

/** A document read from one file: the encoding it was decoded with and its articles. */
export interface LoadedDocument {
  encoding: string;
  drafts: ArticleDraft[];
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

function headlineOf(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Plain text of an HTML page; its title heads the text when the main content does not start with it. */
function textOfHtml(html: string): string {
  const { title, text } = htmlToText(html);
  if (!title) return text;
  const headline = headlineOf(title);
  const firstLine = text.split('\n', 1)[0] ?? '';
  // Readability often drops the <h1> it took as the title; a text that opens with prose needs it back.
  const opensWithProse = firstLine.length > 48 || /[。！？]$/u.test(firstLine);
  return opensWithProse && !text.includes(headline) ? `${headline}\n\n${text}` : text;
}

/**
 * Reads one file into article drafts: checks its size, decodes it (UTF-8, UTF-16 with BOM,
 * GB18030, Big5), takes the text out of HTML (`.html`/`.htm`, or a `.txt` that is HTML) or Markdown
 * (`.md`), and splits the page into articles with dates resolved against `fileDate`.
 * @throws SourceError for unsupported types, files over the size limit, empty, binary or undecodable files.
 */
export function loadDocument(bytes: Uint8Array, name: string, opts: LoadOptions = {}): LoadedDocument {
  if (!isSupported(name)) throw new SourceError(unsupportedReason(name));
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SourceError(`file too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})`);
  }
  const { text, encoding } = decodeBytes(bytes);
  const ext = extensionOf(name);
  let plain: string;
  if (ext === '.html' || ext === '.htm' || (ext !== '.md' && looksLikeHtml(text))) plain = textOfHtml(text);
  else if (ext === '.md') plain = markdownToText(text);
  else plain = text;
  const fileDate = opts.fileDate === undefined ? fileDateFromName(name) : opts.fileDate;
  return { encoding, drafts: splitPage(plain, { fileDate }) };
}
