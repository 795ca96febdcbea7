import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { setFilter } from '../../state/actions';
import { store } from '../../state/store';
import type { ReaderState } from '../../state/store';
import { splitMarks } from '../details/highlight';
import { Marked } from '../details/Marked';
import { hitFocus } from './article-search';

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
    // Opened from a button that is gone now (a search result): keyboard focus goes to the reader.
    if (article && (!document.activeElement || document.activeElement === document.body)) scrollRef.current?.focus({ preventScroll: true });
  }, [article, reader.highlight, reader.mention]);
  if (!article) return <p className="muted">{t('status.loading')}</p>;
  const bodyStart = article.bodyStart;
  const mention = reader.mention;
  // A search hit comes without its sentence: highlight the sentence around it.
  const hl = reader.highlight ?? (mention ? hitFocus(article.text, mention).sentence : undefined);
  const marks = [...(mention ? [mention] : []), ...(reader.marks ?? [])];
  // A hit in the headline (the text starts with it) is marked in the title.
  const titleAt = article.text.indexOf(article.title);
  const titleMarks = titleAt >= 0 && titleAt < bodyStart ? marks.map((r) => ({ start: r.start - titleAt, end: r.end - titleAt })) : [];
  const titleHit = mention !== undefined && titleAt >= 0 && mention.start >= titleAt && mention.end <= titleAt + article.title.length;
  return (
    <article className="reader" ref={scrollRef} tabIndex={-1} aria-label={t('aria.article')} data-testid="article-reader">
      <div className="reader-tools">
        <button type="button" className="link" onClick={() => store.set({ reader: null })}>
          ← {t('reader.back')}
        </button>
        <button type="button" className="link" onClick={() => setFilter({ articles: [article.id] })}>
          {t('reader.filter')}
        </button>
      </div>
      {article.kicker && <div className="kicker">{article.kicker}</div>}
      <h2 className={titleHit ? 'reader-title sentence-hl' : 'reader-title'}>
        <Marked text={article.title} ranges={titleMarks} />
      </h2>
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
            const inPara = marks.map((r) => ({ start: r.start - p.start, end: r.end - p.start }));
            // Split by the sentence first, then mark the mention inside the highlighted part.
            const parts = splitMarks(p.text, sentence ? [sentence] : []);
            let offset = 0;
            return (
              <p key={p.start}>
                {parts.map((part, i) => {
                  const partStart = offset;
                  offset += part.text.length;
                  const inner = <Marked text={part.text} ranges={inPara.map((r) => ({ start: r.start - partStart, end: r.end - partStart }))} />;
                  return part.mark ? (
                    <span key={i} className="sentence-hl">
                      {inner}
                    </span>
                  ) : (
                    <span key={i}>{inner}</span>
                  );
                })}
              </p>
            );
          })}
      </div>
    </article>
  );
}
