import { useEffect, useState } from 'react';
import type { PathResult } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { errorMessage, showPathInGraph } from '../../state/actions';
import { toGraphFilter } from '../../state/graph-filter';
import { store, useStore } from '../../state/store';
import { downloadText } from '../export/download';
import { exportName } from '../export/export-name';
import { EntityCombobox } from '../search/EntityCombobox';
import { withStepEvidence } from '../details/edge-evidence';
import { pathsAsText } from './path-text';
import { PathSteps } from './PathSteps';

/**
 * Finds the k shortest paths between two entities (options: without co-occurrence, without
 * edges inferred from a name or the gazetteer) and lists each as steps with their evidence;
 * a path can be shown on the graph, and all of them saved as text.
 */
export function PathDialog({ source: initialSource, target: initialTarget }: { source?: string; target?: string }) {
  const t = useT();
  const entities = useStore((s) => s.entities);
  const nodes = useStore((s) => s.graph.nodes);
  const info = useStore((s) => s.info);
  const [source, setSource] = useState(initialSource ?? '');
  const [target, setTarget] = useState(initialTarget ?? '');
  const [k, setK] = useState(3);
  const [noCoOccurs, setNoCoOccurs] = useState(true);
  const [noInferred, setNoInferred] = useState(true);
  const [results, setResults] = useState<PathResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = new Map<string, string>([...entities.map((e) => [e.id, e.name] as const), ...nodes.map((n) => [n.id, n.name] as const)]);
  const name = (id: string) => names.get(id) ?? id;
  const close = () => store.set({ dialog: null });

  const find = async () => {
    if (!source || !target) return;
    setBusy(true);
    setError(null);
    try {
      const s = store.get();
      const { limit: _l, focus: _f, ...filter } = toGraphFilter(s.filter, null);
      const paths = await getClient().findPaths({ source, target, k, filter: { ...filter, includeCoOccurs: !noCoOccurs, excludeInferred: noInferred } });
      setResults(paths);
    } catch (e) {
      setError(errorMessage(e));
      setResults(null);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initialSource && initialTarget) void find();
    // Only on opening with both ends given (Shift+click, the table).
  }, []);

  const exportText = async () => {
    if (!results) return;
    const title = `${name(source)} → ${name(target)}`;
    let full: PathResult[];
    try {
      full = await withStepEvidence(results);
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    const text = pathsAsText(full, { name, relation: (type) => t(`rel.${type}` as Parameters<typeof t>[0]), heading: (n, steps) => t('path.heading', { n, steps }) }, title);
    downloadText(exportName(info?.dir, 'paths', 'txt'), text, 'text/plain;charset=utf-8');
  };

  return (
    <Dialog
      title={t('path.title')}
      onClose={close}
      onSubmit={() => void find()}
      wide
      actions={
        <>
          <button type="button" onClick={close}>
            {t('dialog.close')}
          </button>
          {results && results.length > 0 && (
            <button type="button" onClick={() => void exportText()}>
              {t('path.export')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || !source || !target}>
            {t('path.find')}
          </button>
        </>
      }
    >
      <div className="path-ends">
        <label className="field">
          <span>{t('dialog.source')}</span>
          <EntityCombobox label={t('path.from')} placeholder={source ? name(source) : t('dialog.pick')} exclude={target ? [target] : []} onPick={(h) => setSource(h.item.id)} />
        </label>
        <label className="field">
          <span>{t('dialog.target')}</span>
          <EntityCombobox label={t('path.to')} placeholder={target ? name(target) : t('dialog.pick')} exclude={source ? [source] : []} onPick={(h) => setTarget(h.item.id)} />
        </label>
      </div>
      <p className="muted" data-testid="path-ends">
        {source ? name(source) : '…'} → {target ? name(target) : '…'}
      </p>
      <fieldset className="row">
        <legend className="visually-hidden">{t('path.options')}</legend>
        <label>
          {t('path.k')}{' '}
          <select value={k} onChange={(e) => setK(Number(e.target.value))}>
            {[1, 2, 3, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={noCoOccurs} onChange={(e) => setNoCoOccurs(e.target.checked)} /> {t('path.noCoOccurs')}
        </label>
        <label className="check">
          <input type="checkbox" checked={noInferred} onChange={(e) => setNoInferred(e.target.checked)} /> {t('path.noInferred')}
        </label>
      </fieldset>
      {error && (
        <p className="warn" role="alert">
          {error}
        </p>
      )}
      {results && results.length === 0 && <p role="status">{t('path.none')}</p>}
      {results && results.length > 0 && (
        <div className="path-results" role="region" aria-label={t('path.results')} data-testid="path-results">
          {results.map((path, i) => (
            <div key={i}>
              <PathSteps path={path} index={i} name={name} />
              <button
                type="button"
                onClick={() => {
                  close();
                  void showPathInGraph({ nodes: path.nodes, edges: path.steps.map((s) => s.edge.id) });
                }}
              >
                {t('path.show')}
              </button>
            </div>
          ))}
        </div>
      )}
    </Dialog>
  );
}
