import type { Article, EditOp, StoredEdit } from '../../shared/types';

/** The edits that change articles rather than entities: applied to the articles before aggregation. */
export type ArticleEdit = Extract<EditOp, { op: 'setDate' | 'removeArticles' }>;

/** True for `setDate` and `removeArticles`, which the entity replay leaves alone. */
export function isArticleEdit(op: EditOp): op is ArticleEdit {
  return op.op === 'setDate' || op.op === 'removeArticles';
}

interface Memo {
  key: string;
  result: Article[];
}

// Per stored article list: the last transform, so that every caller of one edit log shares one array
// (the graph cache keeps its aggregation while that array is the same object).
const memos = new WeakMap<readonly Article[], Memo>();

/** A key that changes exactly when the article edits in effect change (their `seq` numbers). */
function keyOf(edits: readonly StoredEdit[]): string {
  let key = '';
  for (const e of edits) if (isArticleEdit(e)) key += `${e.seq},`;
  return key;
}

/**
 * The articles as the user's edits leave them, in their stored order: an article with a
 * `setDate` gets that date with `dateSource: 'user'` (a null date leaves it undated), and the
 * articles of a `removeArticles` are gone (undoing the edit brings them back). Edits apply in
 * `seq` order; the same stored list and edits give the same array object.
 */
export function editedArticles(articles: readonly Article[], edits: readonly StoredEdit[]): Article[] {
  // The stored list grows in place on import: its length is part of the key.
  const key = `${articles.length}:${keyOf(edits)}`;
  const memo = memos.get(articles);
  if (memo && memo.key === key) return memo.result;
  let result: Article[];
  if (key.endsWith(':')) result = articles as Article[];
  else {
    const dates = new Map<string, string | null>();
    const removed = new Set<string>();
    for (const e of [...edits].sort((a, b) => a.seq - b.seq)) {
      if (e.op === 'setDate') dates.set(e.article, e.date);
      else if (e.op === 'removeArticles') for (const id of e.ids) removed.add(id);
    }
    result = [];
    for (const a of articles) {
      if (removed.has(a.id)) continue;
      if (!dates.has(a.id)) {
        result.push(a);
        continue;
      }
      const date = dates.get(a.id) ?? null;
      result.push({ ...a, date, dateSource: date === null ? null : 'user' });
    }
  }
  memos.set(articles, { key, result });
  return result;
}

/**
 * The ids of the articles that a `remove` argument names: an article id, or a source file as
 * it was imported (every article read from it). Empty when it names nothing.
 */
export function articlesNamed(articles: readonly Article[], idOrSource: string): string[] {
  if (articles.some((a) => a.id === idOrSource)) return [idOrSource];
  return articles.filter((a) => a.source === idOrSource).map((a) => a.id);
}

/**
 * A `removeArticles` edit with the articles of its `source` file added to its ids (each id
 * once); any other edit as given.
 */
export function resolveArticleEdit<T extends EditOp>(articles: readonly Article[], op: T): T {
  if (op.op !== 'removeArticles' || op.source === undefined) return op;
  const ids = [...new Set([...op.ids, ...articlesNamed(articles, op.source)])];
  return { ...op, ids };
}
