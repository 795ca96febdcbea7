import type { EditOp, EntityType, StoredEdit } from '../../shared/types';
import { missingTarget, resultId, type BuiltGraph } from '../graph';
import { applyLightEdits, rowsOf } from '../graph/light-edits';
import { NODE_KINDS } from '../graph/snapshot-model';
import type { Workspace } from '../store';
import type { WorkspaceGraph } from './workspace-graph';

const ARTICLE = NODE_KINDS.indexOf('article');
/** How often an edit is checked again when other processes keep changing the workspace meanwhile. */
const ATTEMPTS = 3;

/** Edits checked against the current graph: what to store, and the graph they make when not all light. */
interface Checked {
  candidates: StoredEdit[];
  built: BuiltGraph | null;
}

/** An edit of a batch that must be refused: which one, and why. */
export class RefusedEdit extends Error {
  constructor(
    /** Its place in the batch (from 0). */
    readonly index: number,
    readonly op: EditOp,
    reason: string,
  ) {
    super(`${op.op}: ${reason}`);
  }
}

/** How an edit of a batch is named in a refusal: its place, kind and first target. */
function describe(op: EditOp): string {
  const target = 'id' in op ? op.id : op.op === 'merge' ? op.target : op.op === 'addEdge' ? `${op.source} -> ${op.target}` : op.op === 'setDate' ? op.article : op.op === 'addNode' ? op.name : '';
  return target ? `${op.op} ${target}` : op.op;
}

/**
 * Checks edits (in order, one after another) against the graph as it is; throws a `RefusedEdit`
 * naming the first that must be refused. The targets are checked against the graph before the
 * batch (so an edit cannot name what an earlier edit of the batch makes); then the whole batch is
 * replayed once, and an edit the replay leaves an orphan (say, an annotation of an entity an
 * earlier edit deleted) refuses it.
 */
async function check(ws: Workspace, graph: WorkspaceGraph, ops: readonly EditOp[], group: string | undefined): Promise<Checked> {
  const nodes = await graph.nodes();
  const rows = rowsOf(nodes);
  const { reader } = await graph.current();
  const hasEdge = async (id: string): Promise<boolean> => (await reader.edgePlace(id)) !== null || (await graph.graph('lean')).graph.edges.some((e) => e.id === id);
  const entity = (id: string): boolean => {
    const row = rows.get(id);
    return row !== undefined && nodes.type[row] !== ARTICLE;
  };
  const article = (id: string): boolean => {
    const row = rows.get(id);
    return row !== undefined && nodes.type[row] === ARTICLE;
  };
  const candidates: StoredEdit[] = [];
  for (const [index, op] of ops.entries()) {
    const edgeKnown = op.op === 'deleteEdge' ? await hasEdge(op.id) : true;
    const missing = missingTarget({ hasEntity: entity, hasArticle: article, hasEdge: () => edgeKnown }, op);
    if (missing) throw new RefusedEdit(index, op, missing);
    let withContext = op;
    if (op.op === 'delete') {
      // Recorded with the edit, so that the name stays blocked after re-extraction.
      const row = rows.get(op.id) as number;
      withContext = { ...op, name: nodes.name[row], type: NODE_KINDS[nodes.type[row]] as EntityType };
    }
    const next = ws.nextEdit(withContext, group);
    candidates.push({ ...next, seq: next.seq + index });
  }
  if (applyLightEdits(nodes, candidates)) return { candidates, built: null };
  const built = await graph.build([...ws.activeEdits(), ...candidates]);
  const first = candidates[0].seq;
  const orphan = built.orphans.filter((o) => o.seq >= first).sort((a, b) => a.seq - b.seq)[0];
  if (orphan) throw new RefusedEdit(orphan.seq - first, ops[orphan.seq - first], orphan.reason);
  return { candidates, built };
}

/** Checks and stores a batch: see `applyEdit` and `applyEdits`. */
async function store(ws: Workspace, graph: WorkspaceGraph, ops: readonly EditOp[], group: string | undefined): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { candidates, built } = await check(ws, graph, ops, group);
    const stored = await ws.transaction(async (changed) => (changed.some((role) => role !== 'view') ? null : ws.appendEdits(candidates)));
    if (!stored) {
      graph.forget();
      continue;
    }
    if (built) await graph.write(built, ws.activeEdits());
    return;
  }
  throw new Error(`${ops.length === 1 ? ops[0].op : 'edits'}: the workspace kept changing (other processes are writing to it); try again`);
}

/**
 * Checks an edit once, before anything is written, and stores it: an edit whose target does not
 * exist, or that the replay would leave an orphan, is refused with the reason and changes
 * nothing (not the log, its redo history, nor the graph). A light edit (see `applyLightEdits`)
 * is only appended to the log; any other is replayed in memory first, then appended, then the
 * snapshot is written. The check runs outside the workspace lock; the append, under it, only if
 * no other process changed the log or the shards since (else the edit is checked again).
 * Edits given one `group` are undone and redone together (see `EditLog.undo`).
 * Returns the id of what the edit changed or made.
 */
export async function applyEdit(ws: Workspace, graph: WorkspaceGraph, op: EditOp, group?: string): Promise<string | undefined> {
  // One edit is refused with its own reason (`delete: no entity with id ...`), as it always was.
  await store(ws, graph, [op], group);
  return resultId(op);
}

/**
 * Applies the edits of one user action as `applyEdit` applies one, all or none: every edit is
 * checked first (see `check`), and one that would be refused refuses the batch with a message
 * naming it (its place, kind and target), nothing written. Then, under the workspace lock taken
 * once, they are appended to the log in `group` with one write (one undo step), and the
 * snapshot is written once (not at all when every edit is light). Returns what each changed or made.
 */
export async function applyEdits(ws: Workspace, graph: WorkspaceGraph, ops: readonly EditOp[], group: string): Promise<Array<string | undefined>> {
  if (ops.length === 0) return [];
  try {
    await store(ws, graph, ops, group);
  } catch (error) {
    if (!(error instanceof RefusedEdit)) throw error;
    throw new Error(`edit ${error.index + 1} of ${ops.length} (${describe(error.op)}) refused, nothing applied: ${error.message}`, { cause: error });
  }
  return ops.map(resultId);
}
