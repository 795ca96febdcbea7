import type { ArticleDraft } from '../../shared/types';
import { pathDate } from './dates';
import { decodeBytes } from './decode';
import { extensionOf, isSupported, unsupportedReason } from './file-types';
import { formatSize } from './read-file';
import { htmlToText, looksLikeHtml } from './html';
import { markdownToText } from './markdown';
import { SourceError } from './source-error';
import { splitPage } from './split-page';

/** Largest file read by default: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Time allowed to read one file by default: 30 s. Reading is linear, so only a pathological file comes near. */
export const DEFAULT_TIME_BUDGET_MS = 30_000;

/** Options of {@link loadDocument}. */
export interface LoadOptions {
  /** Largest accepted size in bytes (default 20 MB). */
  maxBytes?: number;
  /** The page's date from outside the text; when left out it is read from the path (file name, then folders); null means none. */
  fileDate?: string | null;
  /** A page date the user gave for the import (`YYYY-MM-DD`): it wins over the masthead, metadata and path. */
  userDate?: string | null;
  /** Time allowed for this file in milliseconds (default 30 s), checked between the stages of reading. */
  timeBudgetMs?: number;
}

/** A document read from one file: the encoding it was decoded with and its articles. */
export interface LoadedDocument {
  encoding: string;
  drafts: ArticleDraft[];
}

/** A check that throws once the file's time budget is spent, naming the stage that was reached. */
function budget(ms: number): (stage: string) => void {
  const start = performance.now();
  return (stage) => {
    if (performance.now() - start > ms) throw new SourceError(`took longer than its time budget of ${ms / 1000} s to read (stopped after ${stage})`);
  };
}

function headlineOf(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/** Plain text of an HTML page; its title heads the text when the main content does not start with it. */
function textOfHtml(html: string): { text: string; published: string | null } {
  const { title, text, published } = htmlToText(html);
  return { text: withHeadline(title, text), published };
}

function withHeadline(title: string | null, text: string): string {
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
 * (`.md`), and splits the page into articles. `name` is the file's path (folders included): the page
 * date is, in order, the user's, a masthead line, HTML metadata, or a date in the path.
 * The work is linear in the size of the file; a time budget per file is checked between stages.
 * @throws SourceError for unsupported types, files over the size limit, empty, binary or undecodable
 * files, HTML too large or too deeply nested to read, and files that take longer than their budget.
 */
export function loadDocument(bytes: Uint8Array, name: string, opts: LoadOptions = {}): LoadedDocument {
  if (!isSupported(name)) throw new SourceError(unsupportedReason(name));
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new SourceError(`file too large (${formatSize(bytes.length)}; the limit is ${formatSize(maxBytes)})`);
  }
  const check = budget(opts.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const { text, encoding } = decodeBytes(bytes);
  check('decoding');
  const ext = extensionOf(name);
  let plain: string;
  let metadataDate: string | null = null;
  if (ext === '.html' || ext === '.htm' || (ext !== '.md' && looksLikeHtml(text))) ({ text: plain, published: metadataDate } = textOfHtml(text));
  else if (ext === '.md') plain = markdownToText(text);
  else plain = text;
  check(ext === '.md' ? 'reading Markdown' : 'reading HTML');
  const fileDate = opts.fileDate === undefined ? pathDate(name) : opts.fileDate;
  const drafts = splitPage(plain, { fileDate, metadataDate, userDate: opts.userDate });
  check('splitting the page');
  return { encoding, drafts };
}
