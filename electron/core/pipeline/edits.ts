import type { EditOp, EntityType } from '../../shared/types';
import { missingTarget, resultId } from '../graph';
import { applyLightEdits, rowsOf } from '../graph/light-edits';
import { edgeRow } from '../graph/snapshot-decode';
import { NODE_KINDS } from '../graph/snapshot-model';
import type { Workspace } from '../store';
import type { WorkspaceGraph } from './workspace-graph';

const ARTICLE = NODE_KINDS.indexOf('article');

/**
 * Checks an edit once, before anything is written, and stores it: an edit whose target does not
 * exist, or that the replay would leave an orphan, is refused with the reason and changes
 * nothing (not the log, its redo history, nor the graph). A light edit (see `applyLightEdits`)
 * is only appended to the log; any other is replayed in memory first, then appended, then the
 * snapshot is written. Returns the id of what the edit changed or made.
 */
export async function applyEdit(ws: Workspace, graph: WorkspaceGraph, op: EditOp): Promise<string | undefined> {
  const nodes = await graph.nodes();
  const rows = rowsOf(nodes);
  const { reader } = await graph.current();
  const hasEdge = async (id: string): Promise<boolean> => edgeRow(await reader.edgeIds(), id) >= 0 || (await graph.graph('lean')).graph.edges.some((e) => e.id === id);
  const edgeKnown = op.op === 'deleteEdge' ? await hasEdge(op.id) : true;
  const missing = missingTarget(
    {
      hasEntity: (id) => {
        const row = rows.get(id);
        return row !== undefined && nodes.type[row] !== ARTICLE;
      },
      hasEdge: () => edgeKnown,
    },
    op,
  );
  if (missing) throw new Error(`${op.op}: ${missing}`);
  let withContext = op;
  if (op.op === 'delete') {
    // Recorded with the edit, so that the name stays blocked after re-extraction.
    const row = rows.get(op.id) as number;
    withContext = { ...op, name: nodes.name[row], type: NODE_KINDS[nodes.type[row]] as EntityType };
  }
  const candidate = ws.nextEdit(withContext);
  if (applyLightEdits(nodes, [candidate])) {
    await ws.appendEdit(candidate);
    return resultId(op);
  }
  const edits = [...ws.activeEdits(), candidate];
  const built = await graph.build(edits);
  const orphan = built.orphans.find((o) => o.seq === candidate.seq);
  if (orphan) throw new Error(`${op.op}: ${orphan.reason}`);
  await ws.appendEdit(candidate);
  await graph.write(built, edits);
  return resultId(op);
}
