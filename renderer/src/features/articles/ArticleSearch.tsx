import { useEffect, useRef } from 'react';
import type { ArticleSearchHit } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { openArticle } from '../../state/view-actions';
import { useStore } from '../../state/store';
import { Marked } from '../details/Marked';
import { articleSearch, hitRanges, resultsOutdated, runSearch, termRanges, typeQuery, useArticleSearch } from './article-search';
import { PaneSearch } from './PaneSearch';

/** Opens a result in the reader at one of its hits: the sentence highlighted, the hit and the others marked. */
function openAt(result: ArticleSearchHit, hit: { start: number; end: number }): void {
  const all = hitRanges(result);
  void openArticle(result.article, undefined, hit, all);
  articleSearch.set({ lastOpened: result.article });
}

/**
 * Full-text search across the articles' titles and bodies (Datashare's first feature): how many
 * articles match, each with its title, date, hit count and snippets with the hits marked; a
 * title or a snippet opens the article in the reader at that hit.
 */
export function ArticleSearch() {
  const t = useT();
  const query = useArticleSearch((s) => s.query);
  const searched = useArticleSearch((s) => s.searched);
  const total = useArticleSearch((s) => s.total);
  const hits = useArticleSearch((s) => s.hits);
  const loading = useArticleSearch((s) => s.loading);
  const error = useArticleSearch((s) => s.error);
  const lastOpened = useArticleSearch((s) => s.lastOpened);
  const focusRequest = useArticleSearch((s) => s.focusRequest);
  const info = useStore((s) => s.info);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLOListElement | null>(null);
  // Search again when the workspace changed (an import, a removal).
  useEffect(() => {
    if (resultsOutdated()) void runSearch(articleSearch.get().searched);
  }, [info]);
  // Back from the reader: focus the result that was opened, else the field.
  useEffect(() => {
    const back = lastOpened ? listRef.current?.querySelector<HTMLElement>(`[data-article="${CSS.escape(lastOpened)}"] .search-title`) : null;
    (back ?? inputRef.current)?.focus();
    // Only on mounting.
  }, []);
  useEffect(() => {
    if (focusRequest > 0) inputRef.current?.focus();
  }, [focusRequest]);
  return (
    <div className="article-search" role="search" aria-label={t('aria.searchArticles')}>
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void runSearch(articleSearch.get().query);
        }}
      >
        <PaneSearch inputRef={inputRef} label={t('aria.searchArticles')} placeholder={t('search.articles.placeholder')} value={query} onChange={typeQuery} testId="article-search-input" />
      </form>
      <p className="search-total muted" role="status" aria-live="polite" data-testid="article-search-total">
        {loading
          ? t('search.articles.searching')
          : error
            ? ''
            : searched
              ? total === 0
                ? t('search.articles.none', { q: searched })
                : t('search.articles.total', { n: total }) + (total > hits.length ? ` ${t('search.articles.shown', { n: hits.length })}` : '')
              : t('search.articles.hint')}
      </p>
      {error && (
        <p className="warn" role="alert">
          {error}
        </p>
      )}
      <ol className="article-list search-results" ref={listRef} aria-label={t('aria.searchResults')} data-testid="article-search-results">
        {hits.map((result) => {
          const ranges = hitRanges(result);
          return (
            <li key={result.article} className="search-result" data-article={result.article}>
              <button
                type="button"
                className="article-open search-title"
                onClick={() => openAt(result, ranges[0] ?? { start: 0, end: 0 })}
              >
                <span className="article-title">
                  <Marked text={result.title} ranges={termRanges(result.title, searched)} />
                </span>
                <span className="article-meta">
                  {result.date ?? t('articles.undated')} · {t('search.articles.hits', { n: result.hits })}
                </span>
              </button>
              <ul className="snippets">
                {result.snippets.map((snippet) => (
                  <li key={snippet.start}>
                    <button
                      type="button"
                      className="snippet"
                      title={t('search.articles.openAt')}
                      onClick={() => openAt(result, { start: snippet.start + snippet.ranges[0].start, end: snippet.start + snippet.ranges[0].end })}
                    >
                      {snippet.start > 0 && '…'}
                      <Marked text={snippet.text} ranges={snippet.ranges} />…
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
