import { useMemo } from 'react';
import { drawStyle, hiddenCoOccurs } from '../features/graph/draw-scale';
import { useT } from '../i18n/use-t';
import { clearPath, setFilter } from '../state/actions';
import { store, useStore } from '../state/store';

const STEPS = [100, 300, 1000, 3000];

/** The line under the graph: what the view shows of the workspace, and how to see more. */
export function StatusBar() {
  const t = useT();
  const nodes = useStore((s) => s.graph.nodes.length);
  const edges = useStore((s) => s.graph.edges.length);
  const total = useStore((s) => s.entities.length);
  const limit = useStore((s) => s.filter.limit);
  const loading = useStore((s) => s.loading);
  const drawing = useStore((s) => s.drawing);
  const marked = useStore((s) => s.marked);
  const path = useStore((s) => s.path);
  const info = useStore((s) => s.info);
  const graph = useStore((s) => s.graph);
  const showCoOccurs = useStore((s) => s.showCoOccurs);
  // Co-occurrence edges a dense view leaves out (draw-scale.ts), and those it would leave out if asked.
  const hidden = useMemo(() => hiddenCoOccurs(graph, drawStyle(graph, showCoOccurs)), [graph, showCoOccurs]);
  const couldHide = useMemo(() => showCoOccurs && hiddenCoOccurs(graph, drawStyle(graph, false)) > 0, [graph, showCoOccurs]);
  const limited = limit != null && nodes >= limit && total > nodes;
  const next = STEPS.find((n) => limit != null && n > limit);
  return (
    <div className="status-bar" role="status" data-testid="status">
      <span>{loading ? t('status.loading') : t('status.showing', { nodes, edges })}</span>
      {total > 0 && <span className="muted"> {t('status.of', { total })}</span>}
      {limited && next && (
        <button type="button" className="link" onClick={() => setFilter({ limit: next }, 0)}>
          {t('status.showMore')}
        </button>
      )}
      {limited && (
        <button type="button" className="link" onClick={() => setFilter({ limit: null }, 0)}>
          {t('status.showAll')}
        </button>
      )}
      {drawing && !loading && (
        <span className="hint" data-testid="drawing-progress">
          {t(`status.drawing.${drawing.step}`, { done: drawing.done, total: drawing.total })}
        </span>
      )}
      {hidden > 0 && !loading && (
        <span className="hint" data-testid="co-occurs-hidden">
          {t('status.coOccursHidden', { n: hidden })}{' '}
          <button type="button" className="link" onClick={() => store.set({ showCoOccurs: true })}>
            {t('status.coOccursShowAll')}
          </button>
        </span>
      )}
      {couldHide && !loading && (
        <button type="button" className="link" onClick={() => store.set({ showCoOccurs: false })}>
          {t('status.coOccursHideAgain')}
        </button>
      )}
      {marked.length === 1 && !path && <span className="hint">{t('status.marked')}</span>}
      {path && (
        <>
          <span className="hint">{t('path.length', { n: path.edges.length })}</span>
          <button type="button" className="link" onClick={clearPath}>
            {t('path.clear')}
          </button>
        </>
      )}
      {!loading && info && info.articles === 0 && <span className="hint">{t('status.empty')}</span>}
      {!loading && info && info.articles > 0 && nodes === 0 && <span className="hint">{t('status.emptyFiltered')}</span>}
      {info && info.orphans.length > 0 && <span className="warn">{t('orphans', { n: info.orphans.length })}</span>}
    </div>
  );
}
