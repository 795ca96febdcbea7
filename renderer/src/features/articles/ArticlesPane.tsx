import { useMemo, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { setFilter } from '../../state/actions';
import { openArticle, setArticlesOpen } from '../../state/view-actions';
import { useStore } from '../../state/store';
import { useArticlesInRange } from '../timeline/use-timeline';
import { ArticleReader } from './ArticleReader';
import { ArticleSearch } from './ArticleSearch';
import { articleSearch, useArticleSearch } from './article-search';
import { PaneSearch } from './PaneSearch';

/** The articles drawer: the list (headline, date, byline, source) or the reader. */
export function ArticlesPane() {
  const t = useT();
  const open = useStore((s) => s.articlesOpen);
  const articles = useArticlesInRange();
  const reader = useStore((s) => s.reader);
  const picked = useStore((s) => s.filter.articles);
  const [query, setQuery] = useState('');
  const tab = useArticleSearch((s) => s.tab);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = q ? articles.filter((a) => a.title.toLowerCase().includes(q) || a.source.toLowerCase().includes(q) || a.byline.some((b) => b.name.includes(q))) : articles;
    return [...list].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  }, [articles, query]);
  if (!open) return null;
  const togglePick = (id: string, on: boolean) => setFilter({ articles: on ? [...picked, id] : picked.filter((x) => x !== id) });
  return (
    <aside className="articles-pane" aria-label={t('aria.articles')}>
      <header className="pane-head">
        <h2>{t('articles.title')}</h2>
        <span className="count">{t('articles.count', { n: articles.length })}</span>
        <button type="button" className="close" aria-label={t('articles.close')} onClick={() => setArticlesOpen(false)}>
          ×
        </button>
      </header>
      {!reader && (
        <div className="pane-tabs" role="group" aria-label={t('aria.articlesView')}>
          <button type="button" aria-pressed={tab === 'list'} onClick={() => articleSearch.set({ tab: 'list' })} data-testid="articles-tab-list">
            {t('articles.tabList')}
          </button>
          <button type="button" aria-pressed={tab === 'search'} onClick={() => articleSearch.set({ tab: 'search' })} data-testid="articles-tab-search">
            {t('articles.tabSearch')}
          </button>
        </div>
      )}
      {reader ? (
        <ArticleReader reader={reader} />
      ) : tab === 'search' ? (
        <ArticleSearch />
      ) : (
        <>
          <PaneSearch label={t('aria.filterArticles')} placeholder={t('articles.filter')} value={query} onChange={setQuery} />
          {articles.length === 0 && <p className="muted">{t('articles.none')}</p>}
          <ul className="article-list">
            {shown.map((a) => (
              <li key={a.id} className="article-item">
                <input
                  type="checkbox"
                  aria-label={`${t('articles.pick')}: ${a.title}`}
                  title={t('articles.pick')}
                  checked={picked.includes(a.id)}
                  onChange={(e) => togglePick(a.id, e.target.checked)}
                />
                <button type="button" className="article-open" onClick={() => void openArticle(a.id)}>
                  <span className="article-title">{a.title}</span>
                  <span className="article-meta">
                    {a.date ?? t('articles.undated')}
                    {a.byline.length > 0 && ` · ${a.byline.map((b) => b.name).join('、')}`}
                    {` · ${a.source.split(/[\\/]/).pop()}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
