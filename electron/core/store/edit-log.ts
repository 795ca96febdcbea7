import type { EditOp, StoredEdit } from '../../shared/types';
import { BACKUPS_KEPT, FILES, VALIDATORS, type EditsFile } from './files';
import { JsonDoc, type DocPolicy, type DocReport } from './json-doc';
import type { WorkspaceLock } from './lock';

/**
 * True when `backup` is not an earlier state of `current`: it has seen more edits (a higher next
 * sequence number), or an edit of the same number that differs (the log was started again).
 * Edits that `current` lacks only because they were undone and then dropped by a new edit do
 * not count: that is the user's doing.
 */
export function holdsMoreEdits(backup: EditsFile, current: EditsFile): boolean {
  if (backup.nextSeq > current.nextSeq) return true;
  const at = new Map(current.edits.map((e) => [e.seq, e.at]));
  return backup.edits.some((e) => at.has(e.seq) && at.get(e.seq) !== e.at);
}

/** How the edit log is stored: durable, ten backups chosen by content, never started empty when damaged. */
export const EDITS_POLICY: DocPolicy<EditsFile> = {
  file: FILES.edits,
  validate: VALIDATORS.edits,
  parse: (text) => VALIDATORS.edits(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)),
  empty: () => ({ edits: [], cursor: 0, nextSeq: 1 }),
  keep: BACKUPS_KEPT.edits,
  rank: (log) => log.nextSeq,
  holdsMore: holdsMoreEdits,
  fallback: 'fail',
};

/**
 * The user's edit log (`edits.json`), the source of truth of their work. Every change is one
 * transaction under the workspace lock on the log as it is on disk: an edit is appended to the
 * log another process may just have extended, undo and redo move the cursor of that log, and
 * memory changes only once the file is written.
 */
export class EditLog {
  /** The sequence number of the last edit this process appended (what {@link discardLast} removes). */
  #lastAppended: number | null = null;

  private constructor(private readonly doc: JsonDoc<EditsFile>) {}

  /** Opens the log of the workspace in `dir`, recovering a damaged or missing file from its backups. */
  static async open(dir: string, lock: WorkspaceLock, report: DocReport): Promise<EditLog> {
    const doc = new JsonDoc(dir, EDITS_POLICY, lock, report);
    await doc.load();
    await doc.ensureBackup();
    return new EditLog(doc);
  }

  /** The whole log as last read or written (do not change it). */
  get file(): EditsFile {
    return this.doc.value;
  }

  /** The edits in effect (undone ones excluded), in order. */
  activeEdits(): StoredEdit[] {
    const { edits, cursor } = this.doc.value;
    return edits.slice(0, cursor);
  }

  canUndo(): boolean {
    return this.doc.value.cursor > 0;
  }

  canRedo(): boolean {
    const { edits, cursor } = this.doc.value;
    return cursor < edits.length;
  }

  /**
   * Appends an edit (dropping undone edits after the cursor) and writes the log durably. Edits
   * appended one after another with the same `group` are undone and redone as one step.
   */
  append(op: EditOp, group?: string): Promise<StoredEdit> {
    return this.appendAll([{ op, group }]).then((stored) => stored[0]);
  }

  /**
   * Appends edits in order (dropping undone edits after the cursor) with one durable write of the
   * log: all of them or, when the write fails, none.
   */
  appendAll(entries: ReadonlyArray<{ op: EditOp; group?: string }>): Promise<StoredEdit[]> {
    return this.doc.update((log) => {
      const at = new Date().toISOString();
      const stored = entries.map(({ op, group }, i) => ({ ...op, seq: log.nextSeq + i, at, ...(group === undefined ? {} : { group }) }) as StoredEdit);
      const edits = [...log.edits.slice(0, log.cursor), ...stored];
      return { value: { edits, cursor: edits.length, nextSeq: log.nextSeq + stored.length }, result: stored };
    }).then((stored) => {
      if (stored.length > 0) this.#lastAppended = stored[stored.length - 1].seq;
      return stored;
    });
  }

  /** Removes the edit `seq` from the log for good (an edit refused after it was written); false when it is not there. */
  discard(seq: number): Promise<boolean> {
    return this.doc.update((log) => {
      const index = log.edits.findIndex((e) => e.seq === seq);
      if (index < 0) return { result: false };
      const edits = log.edits.filter((_, i) => i !== index);
      const cursor = index < log.cursor ? log.cursor - 1 : log.cursor;
      return { value: { ...log, edits, cursor }, result: true };
    });
  }

  /** Removes the last edit this process appended (not one another process appended since). */
  async discardLast(): Promise<void> {
    if (this.#lastAppended === null) return;
    await this.discard(this.#lastAppended);
    this.#lastAppended = null;
  }

  /**
   * Steps the cursor of the log on disk back over the last edit in effect, and over the edits
   * before it of the same group (one user action); false when there is nothing to undo.
   */
  undo(): Promise<boolean> {
    return this.doc.update((log) => {
      if (log.cursor === 0) return { result: false };
      let cursor = log.cursor - 1;
      const group = log.edits[cursor].group;
      if (group !== undefined) while (cursor > 0 && log.edits[cursor - 1].group === group) cursor--;
      return { value: { ...log, cursor }, result: true };
    });
  }

  /**
   * Steps the cursor of the log on disk forward over the next undone edit, and over the edits
   * after it of the same group; false when there is nothing to redo.
   */
  redo(): Promise<boolean> {
    return this.doc.update((log) => {
      if (log.cursor >= log.edits.length) return { result: false };
      let cursor = log.cursor + 1;
      const group = log.edits[log.cursor].group;
      if (group !== undefined) while (cursor < log.edits.length && log.edits[cursor].group === group) cursor++;
      return { value: { ...log, cursor }, result: true };
    });
  }

  /** Reads the log again when another process changed it; true when it did. */
  refresh(): Promise<boolean> {
    return this.doc.refresh();
  }
}
