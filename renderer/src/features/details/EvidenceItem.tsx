import type { Evidence } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { openArticle } from '../../state/view-actions';
import { useStore } from '../../state/store';
import { Marked } from './Marked';

export interface EvidenceItemProps {
  evidence: Evidence;
  /** The mention to mark inside the sentence, in article offsets. */
  mention?: { start: number; end: number };
}

/** One evidence sentence with its mention marked, its article's title and a link to read it there. */
export function EvidenceItem({ evidence, mention }: EvidenceItemProps) {
  const t = useT();
  const title = useStore((s) => s.articles.find((a) => a.id === evidence.article)?.title);
  const ranges = mention ? [{ start: mention.start - evidence.start, end: mention.end - evidence.start }] : [];
  return (
    <li className="evidence">
      <blockquote>
        <Marked text={evidence.text} ranges={ranges} />
      </blockquote>
      <div className="evidence-meta">
        {evidence.date && <span className="date">{evidence.date}</span>}
        <button
          type="button"
          className="link"
          title={t('details.openArticle')}
          onClick={() => void openArticle(evidence.article, { start: evidence.start, end: evidence.end }, mention)}
        >
          {title ?? evidence.article} ↗
        </button>
      </div>
    </li>
  );
}
