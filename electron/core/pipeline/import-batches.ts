import type { Article, ExtractResult, ImportResult, Progress, SkippedFile } from '../../shared/types';
import type { UserLexicon } from '../extract';
import { compactResult } from '../graph/co-occurs';
import type { Workspace } from '../store';
import type { ImportSource } from './import';
import { readSources } from './import';
import type { ExtractionRunner } from './runner';
import type { WorkspaceGraph } from './workspace-graph';

/** Files read per batch: a batch is extracted, then committed as one shard. */
export const FILES_PER_BATCH = 100;

/** What an import needs from the service. */
export interface ImportContext {
  ws: Workspace;
  graph: WorkspaceGraph;
  runner: ExtractionRunner;
  lexicon: UserLexicon;
  maxBytes: number;
  /** The page date the user gave the whole import. */
  pageDate?: string;
  emit: (progress: Progress) => void;
  shouldStop: () => boolean;
}

/**
 * Imports sources batch by batch: each batch is read, split and extracted, then committed as a
 * shard (its files, then the catalog), so that a killed import loses at most the batch in flight
 * and running it again continues (articles already stored are recognised by their content id).
 * The graph is aggregated batch by batch, and its snapshot written once at the end.
 */
export async function importInBatches(ctx: ImportContext, sources: ImportSource[], preSkipped: SkippedFile[]): Promise<ImportResult> {
  const { ws, graph, runner } = ctx;
  await ws.cleanShards();
  const known = await ws.locator.ids();
  const edits = ws.activeEdits();
  const started = await graph.startAggregation(edits);
  const outcome = { files: 0, added: [] as string[], unchanged: 0, skipped: [...preSkipped], cancelled: false };
  for (let from = 0; from < sources.length && !outcome.cancelled; from += FILES_PER_BATCH) {
    const batch = sources.slice(from, from + FILES_PER_BATCH);
    const read = await readSources(batch, known, {
      maxBytes: ctx.maxBytes,
      onFile: (done, current) => ctx.emit({ task: 'import', done: from + done, total: sources.length, current }),
      shouldStop: ctx.shouldStop,
      pageDate: ctx.pageDate,
    });
    outcome.files += read.files;
    outcome.unchanged += read.unchanged;
    outcome.skipped.push(...read.skipped);
    const results = await runner.run(
      read.added.map((a) => ({ id: a.id, text: a.text })),
      ctx.lexicon,
      (done) => ctx.emit({ task: 'extract', done: outcome.added.length + done, total: outcome.added.length + read.added.length }),
      ctx.shouldStop,
    );
    // On cancel, only the articles whose extraction finished are kept: nothing half-done is stored.
    const extracted: Article[] = read.added.filter((a) => results[a.id]);
    const { shard, added } = await commit(ctx, extracted, results);
    if (shard) started.shards.push(shard.id);
    started.aggregation.add(added, results);
    started.plain.push(...added);
    for (const a of added) {
      known.add(a.id);
      outcome.added.push(a.id);
    }
    outcome.unchanged += extracted.length - added.length;
    if (read.cancelled || extracted.length < read.added.length || ctx.shouldStop()) outcome.cancelled = true;
  }
  graph.adopt(started, edits);
  if (outcome.added.length > 0) await graph.write(await graph.build(edits), edits);
  const { summary } = (await graph.current()).reader;
  return {
    files: outcome.files,
    articles: { added: outcome.added.length, unchanged: outcome.unchanged },
    entities: summary.entities,
    relations: summary.relations,
    skipped: outcome.skipped,
    addedIds: outcome.added,
    ...(outcome.cancelled ? { cancelled: true } : {}),
  };
}

/** Stores a batch as one shard, extraction results without the co-occurrences their mentions imply. */
function commit(ctx: ImportContext, articles: Article[], results: Record<string, ExtractResult>) {
  const stored = articles.map((a) => compactResult(a.text, results[a.id]));
  return ctx.ws.addShard(articles, stored, ctx.runner.version);
}
