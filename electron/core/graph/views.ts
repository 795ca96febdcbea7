import type { SavedView } from '../../shared/types';

/** Most saved views a workspace keeps. */
export const MAX_VIEWS = 200;

/**
 * The saved views after saving `view`: a view of the same name is replaced where it stands,
 * a new one goes last; the list stays within {@link MAX_VIEWS} (the oldest saved go first).
 */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const at = views.findIndex((v) => v.name === view.name);
  const next = at >= 0 ? views.map((v, i) => (i === at ? view : v)) : [...views, view];
  if (next.length <= MAX_VIEWS) return next;
  const oldest = [...next].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0)).slice(0, next.length - MAX_VIEWS);
  return next.filter((v) => !oldest.includes(v));
}

/** The saved views without the one named `name` (unchanged when there is none). */
export function withoutView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((v) => v.name !== name);
}
