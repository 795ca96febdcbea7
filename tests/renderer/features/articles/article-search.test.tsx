// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ZhituBridge } from '../../../../electron/shared/api';
import type { Article, ArticleSearchHit } from '../../../../electron/shared/types';
import { ArticlesPane } from '../../../../renderer/src/features/articles/ArticlesPane';
import { articleSearch, hitFocus, hitRanges, resetArticleSearch, runSearch, termRanges } from '../../../../renderer/src/features/articles/article-search';
import { initialState, store } from '../../../../renderer/src/state/store';

const text = '职工之家建设启动\n深圳市总工会启动职工之家建设。今年共建成职工之家120个！其中福田区职工之家最多。';
const article: Article = {
  id: 'a_1',
  source: 'sample.html',
  title: '职工之家建设启动',
  date: '2024-10-12',
  byline: [],
  text,
  bodyStart: 9,
} as unknown as Article;
const at = (word: string, from = 0) => text.indexOf(word, from);
const hit: ArticleSearchHit = {
  article: 'a_1',
  title: article.title,
  date: '2024-10-12',
  hits: 4,
  snippets: [
    { text: text.slice(0, 30), start: 0, ranges: [{ start: 0, end: 4 }, { start: at('职工之家', 10), end: at('职工之家', 10) + 4 }] },
    { text: text.slice(30), start: 30, ranges: [{ start: at('职工之家', 30) - 30, end: at('职工之家', 30) - 26 }] },
  ],
};

let answers: Array<Promise<{ total: number; hits: ArticleSearchHit[] }>> = [];
const bridge = {
  searchArticles: vi.fn(() => answers.shift() ?? Promise.resolve({ total: 0, hits: [] })),
  getArticle: vi.fn(async () => article),
  on: vi.fn(() => () => undefined),
} as unknown as ZhituBridge & { searchArticles: ReturnType<typeof vi.fn>; getArticle: ReturnType<typeof vi.fn> };

let root: Root | null = null;
let host: HTMLElement;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  (globalThis as { zhitu?: unknown }).zhitu = bridge;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host?.remove();
  store.set(initialState('en'));
  resetArticleSearch();
  answers = [];
  vi.clearAllMocks();
});

function render(element: React.ReactElement) {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(element));
}

describe('where a hit opens', () => {
  it('highlights the sentence around the hit and marks the hit', () => {
    const start = at('职工之家120');
    const focus = hitFocus(text, { start, end: start + 4 });
    expect(text.slice(focus.sentence.start, focus.sentence.end)).toBe('今年共建成职工之家120个！');
    expect(focus.hit).toEqual({ start, end: start + 4 });
  });

  it('finds the terms of a query in a title, Latin letters in any case', () => {
    expect(termRanges('深圳工会打造“12345+N”公益体系', '工会 n')).toEqual([
      { start: 2, end: 4 },
      { start: 13, end: 14 },
    ]);
  });

  it('turns snippet ranges into article offsets', () => {
    expect(hitRanges(hit).map((r) => text.slice(r.start, r.end))).toEqual(['职工之家', '职工之家', '职工之家']);
  });
});

describe('the search state', () => {
  it('drops an answer that arrives after a newer search', async () => {
    let first!: (v: { total: number; hits: ArticleSearchHit[] }) => void;
    answers = [new Promise((r) => (first = r)), Promise.resolve({ total: 1, hits: [hit] })];
    const older = runSearch('职工');
    await runSearch('职工之家');
    first({ total: 9, hits: [] });
    await older;
    expect(articleSearch.get()).toMatchObject({ searched: '职工之家', total: 1, loading: false });
    expect(bridge.searchArticles).toHaveBeenLastCalledWith({ query: '职工之家', limit: 50 });
  });
});

describe('the full-text search in the articles pane', () => {
  it('lists the count and the snippets with the hits marked, and opens the reader at a hit', async () => {
    store.set({ articlesOpen: true });
    render(<ArticlesPane />);
    const tab = host.querySelector<HTMLButtonElement>('[data-testid="articles-tab-search"]')!;
    await act(async () => tab.click());
    expect(tab.getAttribute('aria-pressed')).toBe('true');
    const input = host.querySelector<HTMLInputElement>('input[aria-label="Search the text of all articles"]')!;
    expect(document.activeElement).toBe(input);
    answers = [Promise.resolve({ total: 1, hits: [hit] })];
    await act(async () => {
      articleSearch.set({ query: '职工之家' });
      input.form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(host.querySelector('[data-testid="article-search-total"]')?.textContent).toBe('1 article matches');
    const marks = [...host.querySelectorAll('.search-results .snippet mark')].map((m) => m.textContent);
    expect(marks).toEqual(['职工之家', '职工之家', '职工之家']);
    expect(host.querySelector('.search-result .article-meta')?.textContent).toBe('2024-10-12 · 4 hits');
    expect(host.querySelector('.search-result .article-title mark')?.textContent).toBe('职工之家');
    const snippet = host.querySelectorAll<HTMLButtonElement>('button.snippet')[1];
    await act(async () => snippet.click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    const reader = host.querySelector('[data-testid="article-reader"]')!;
    expect(bridge.getArticle).toHaveBeenCalledWith({ id: 'a_1' });
    expect(reader.querySelector('.sentence-hl')?.textContent).toBe('其中福田区职工之家最多。');
    expect(reader.querySelector('.sentence-hl mark')?.textContent).toBe('职工之家');
    expect(reader.querySelectorAll('.reader-body mark').length).toBe(2);
    expect(reader.querySelector('.reader-title mark')?.textContent).toBe('职工之家');
  });

  it('says when nothing matches, in Chinese too', async () => {
    store.set({ articlesOpen: true, lang: 'zh' });
    articleSearch.set({ tab: 'search' });
    render(<ArticlesPane />);
    expect(host.querySelector('input[type=search]')?.getAttribute('aria-label')).toBe('搜索所有文章的全文');
    answers = [Promise.resolve({ total: 0, hits: [] })];
    await act(async () => runSearch('火星'));
    expect(host.querySelector('[data-testid="article-search-total"]')?.textContent).toBe('没有文章包含“火星”。');
  });
});
