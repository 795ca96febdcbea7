import type { EditOp, EntityType, StoredEdit } from '../../shared/types';
import { missingTarget, resultId, type BuiltGraph } from '../graph';
import { applyLightEdits, rowsOf } from '../graph/light-edits';
import { NODE_KINDS } from '../graph/snapshot-model';
import type { Workspace } from '../store';
import type { WorkspaceGraph } from './workspace-graph';

const ARTICLE = NODE_KINDS.indexOf('article');
/** How often an edit is checked again when other processes keep changing the workspace meanwhile. */
const ATTEMPTS = 3;

/** An edit checked against the current graph: what to store, and the graph it makes when not light. */
interface Checked {
  candidate: StoredEdit;
  built: BuiltGraph | null;
}

/** Checks an edit against the graph as it is; throws with the reason when it must be refused. */
async function check(ws: Workspace, graph: WorkspaceGraph, op: EditOp, group: string | undefined): Promise<Checked> {
  const nodes = await graph.nodes();
  const rows = rowsOf(nodes);
  const { reader } = await graph.current();
  const hasEdge = async (id: string): Promise<boolean> => (await reader.edgePlace(id)) !== null || (await graph.graph('lean')).graph.edges.some((e) => e.id === id);
  const edgeKnown = op.op === 'deleteEdge' ? await hasEdge(op.id) : true;
  const entity = (id: string): boolean => {
    const row = rows.get(id);
    return row !== undefined && nodes.type[row] !== ARTICLE;
  };
  const article = (id: string): boolean => {
    const row = rows.get(id);
    return row !== undefined && nodes.type[row] === ARTICLE;
  };
  const missing = missingTarget({ hasEntity: entity, hasArticle: article, hasEdge: () => edgeKnown }, op);
  if (missing) throw new Error(`${op.op}: ${missing}`);
  let withContext = op;
  if (op.op === 'delete') {
    // Recorded with the edit, so that the name stays blocked after re-extraction.
    const row = rows.get(op.id) as number;
    withContext = { ...op, name: nodes.name[row], type: NODE_KINDS[nodes.type[row]] as EntityType };
  }
  const candidate = ws.nextEdit(withContext, group);
  if (applyLightEdits(nodes, [candidate])) return { candidate, built: null };
  const built = await graph.build([...ws.activeEdits(), candidate]);
  const orphan = built.orphans.find((o) => o.seq === candidate.seq);
  if (orphan) throw new Error(`${op.op}: ${orphan.reason}`);
  return { candidate, built };
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
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { candidate, built } = await check(ws, graph, op, group);
    const stored = await ws.transaction(async (changed) => (changed.some((role) => role !== 'view') ? null : ws.appendEdit(candidate)));
    if (!stored) {
      graph.forget();
      continue;
    }
    if (built) await graph.write(built, ws.activeEdits());
    return resultId(op);
  }
  throw new Error(`${op.op}: the workspace kept changing (other processes are writing to it); try again`);
}
