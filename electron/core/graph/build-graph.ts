import { aggregate } from './aggregate';
import { editedArticles } from './article-edits';
import { finalize } from './finalize';
import type { BuiltGraph, GraphInput } from './model';
import { replayEdits } from './replay';

/**
 * Builds the knowledge graph from stored articles, their extraction results and the user's
 * edit log, purely and deterministically: the same input gives the same ids and the same graph.
 * Article edits (dates, removals) apply to the articles first; the rest replay in `seq` order; those whose target is gone are reported in `orphans`.
 */
export function buildGraph(given: GraphInput): BuiltGraph {
  // Date edits and removed articles change the articles themselves, before aggregation.
  const input = { ...given, articles: editedArticles(given.articles, given.edits) };
  const state = aggregate(input);
  const orphans = replayEdits(state, input.edits);
  const { graph, mentionIndex } = finalize(state, input);
  return { graph, orphans, mentionIndex, redirects: state.redirects, removed: state.removed };
}
