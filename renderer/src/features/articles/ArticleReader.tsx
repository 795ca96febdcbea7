import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { setFilter } from '../../state/actions';
import { store } from '../../state/store';
import type { ReaderState } from '../../state/store';
import { splitMarks } from '../details/highlight';

/** Splits article text into paragraphs, keeping each paragraph's start offset. */
function paragraphs(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, text: m[0] });
  return out;
}

/** The article text with the evidence sentence highlighted (and scrolled into view) and its mention marked. */
export function ArticleReader({ reader }: { reader: ReaderState }) {
  const t = useT();
  const scrollRef = useRef<HTMLElement | null>(null);
  const article = reader.article;
  useEffect(() => {
    const target = scrollRef.current?.querySelector('.sentence-hl');
    target?.scrollIntoView({ block: 'center' });
  }, [article, reader.highlight]);
  if (!article) return <p className="muted">{t('status.loading')}</p>;
  const bodyStart = article.bodyStart;
  const hl = reader.highlight;
  const mention = reader.mention;
  return (
    <article className="reader" ref={scrollRef} aria-label={t('aria.article')} data-testid="article-reader">
      <div className="reader-tools">
        <button type="button" className="link" onClick={() => store.set({ reader: null })}>
          ← {t('reader.back')}
        </button>
        <button type="button" className="link" onClick={() => setFilter({ articles: [article.id] })}>
          {t('reader.filter')}
        </button>
      </div>
      {article.kicker && <div className="kicker">{article.kicker}</div>}
      <h2 className="reader-title">{article.title}</h2>
      {article.subtitle && <div className="reader-subtitle">{article.subtitle}</div>}
      <div className="reader-meta">
        {article.date ?? t('articles.undated')}
        {article.place && ` · ${article.place}`}
        {article.byline.length > 0 && ` · ${article.byline.map((b) => `${b.role} ${b.name}`).join('，')}`}
        <span className="source" title={article.source}>
          {' · '}
          {article.source.split(/[\\/]/).pop()}
        </span>
      </div>
      <div className="reader-body">
        {paragraphs(article.text)
          .filter((p) => p.start + p.text.length > bodyStart)
          .map((p) => {
            const local = (r?: { start: number; end: number }) => (r ? { start: r.start - p.start, end: r.end - p.start } : null);
            const sentence = local(hl);
            const m = local(mention);
            // Split by the sentence first, then mark the mention inside the highlighted part.
            const parts = splitMarks(p.text, sentence ? [sentence] : []);
            let offset = 0;
            return (
              <p key={p.start}>
                {parts.map((part, i) => {
                  const partStart = offset;
                  offset += part.text.length;
                  if (!part.mark) return <span key={i}>{part.text}</span>;
                  const inner = m ? splitMarks(part.text, [{ start: m.start - partStart, end: m.end - partStart }]) : [{ text: part.text, mark: false }];
                  return (
                    <span key={i} className="sentence-hl">
                      {inner.map((x, j) => (x.mark ? <mark key={j}>{x.text}</mark> : <span key={j}>{x.text}</span>))}
                    </span>
                  );
                })}
              </p>
            );
          })}
      </div>
    </article>
  );
}
