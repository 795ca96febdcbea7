import type { PathResult } from '../../../../electron/shared/types';
import { stepEvidence } from '../details/edge-evidence';
import { useT } from '../../i18n/use-t';
import { EvidenceList } from '../details/EvidenceList';

/** One path as an ordered list of steps, each with its relation and its evidence sentences. */
export function PathSteps({ path, index, name }: { path: PathResult; index: number; name: (id: string) => string }) {
  const t = useT();
  return (
    <section className="path-result" aria-label={t('path.heading', { n: index + 1, steps: path.steps.length })}>
      <h3>{t('path.heading', { n: index + 1, steps: path.steps.length })}</h3>
      <ol className="path-steps">
        {path.steps.map((step, k) => {
          const arrow = step.edge.direction === 'backward' ? '←' : step.edge.direction === 'undirected' ? '—' : '→';
          return (
            <li key={`${step.edge.id}-${k}`} className="path-step">
              <div className="path-step-line">
                <strong>{name(step.from)}</strong>{' '}
                <span className="path-rel">
                  {arrow} {t(`rel.${step.edge.type}`)}
                  {step.edge.label ? ` (${step.edge.label})` : ''} {arrow}
                </span>{' '}
                <strong>{name(step.to)}</strong>
              </div>
              <EvidenceList id={step.edge.id} item={stepEvidence(step)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
