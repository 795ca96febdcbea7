import { stat } from 'node:fs/promises';
import type { Article, ExtractResult, ImportResult, Progress, SkippedFile } from '../../shared/types';
import type { UserLexicon } from '../extract';
import { compactResult } from '../graph/co-occurs';
import type { SnapshotSummary } from '../graph/snapshot-model';
import type { Workspace } from '../store';
import type { ImportSource, ReadOutcome } from './import';
import { readSources } from './import';
import { ImportTrace, traced } from './import-trace';
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

/** About how many characters of text the sources hold (UTF-8 Chinese takes three bytes a character). */
async function estimatedChars(sources: ImportSource[]): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < sources.length; i += 256) {
    const sizes = await Promise.all(
      sources.slice(i, i + 256).map(async (s) => (s.kind === 'bytes' ? s.bytes.length : ((await stat(s.path).catch(() => null))?.size ?? 0))),
    );
    for (const size of sizes) bytes += size;
  }
  return Math.round(bytes / 3);
}

/**
 * Imports sources batch by batch: each batch is read, split and extracted, then committed as a
 * shard (its files, then the catalog), so that a killed import loses at most the two batches in
 * flight (one being committed, the next being extracted) and running it again continues
 * (articles already stored are recognised by their content id, files by their hash). The next
 * batch is read, and the last one committed, while this one is extracted (in the runner's
 * workers), and the runner hears the import's size first, so that its workers start while the
 * first batch is read. The graph is aggregated from the committed shards at the end, after the
 * workers are let go, and its snapshot written once.
 */
export async function importInBatches(ctx: ImportContext, sources: ImportSource[], preSkipped: SkippedFile[]): Promise<ImportResult> {
  const { ws, graph, runner } = ctx;
  const trace = ImportTrace.fromEnv();
  runner.expect?.(await estimatedChars(sources), ctx.lexicon);
  const { known, knownSources, edits } = await traced(trace, 'start', async () => {
    await ws.cleanShards();
    return { known: await ws.locator.ids(), knownSources: ws.knownSources(), edits: ws.activeEdits() };
  });
  const outcome = { files: 0, added: [] as string[], unchanged: 0, skipped: [...preSkipped], cancelled: false };
  const storedArticles = storedArticlesReader(ws);
  const read = (from: number) => {
    if (from >= sources.length) return null;
    const reading = Promise.resolve(
      traced(trace, 'read', () =>
        readSources(sources.slice(from, from + FILES_PER_BATCH), known, {
          maxBytes: ctx.maxBytes,
          knownSources,
          onFile: (done, current) => ctx.emit({ task: 'import', done: from + done, total: sources.length, current }),
          shouldStop: ctx.shouldStop,
          pageDate: ctx.pageDate,
          storedArticles,
        }),
      ),
    ).then((got) => {
      // Known from now on, so that the batch read next does not take the same article again.
      for (const a of got.added) known.add(a.id);
      return got;
    });
    // Awaited in the next round; a failed extraction meanwhile leaves it unawaited.
    reading.catch(() => undefined);
    return reading;
  };
  let next = read(0);
  // The batch being committed while the next one is extracted, so that the workers do not wait
  // for the main thread at every batch boundary; commits stay one after the other, in order.
  let committing: Promise<void> | null = null;
  let extractedBefore = 0;
  try {
    for (let from = 0; next && !outcome.cancelled; from += FILES_PER_BATCH) {
      const batch = await traced(trace, 'wait-read', () => next!);
      outcome.files += batch.files;
      outcome.unchanged += batch.unchanged;
      outcome.skipped.push(...batch.skipped);
      const before = extractedBefore;
      const extracting = runner.run(
        batch.added.map((a) => ({ id: a.id, text: a.text, source: a.source })),
        ctx.lexicon,
        (done) => ctx.emit({ task: 'extract', done: before + done, total: before + batch.added.length }),
        ctx.shouldStop,
      );
      next = batch.cancelled ? null : read(from + FILES_PER_BATCH);
      if (committing) {
        const previous = committing;
        committing = null;
        // A failed commit fails the import; the extraction under way is let finish first.
        await Promise.resolve(traced(trace, 'wait-commit', () => previous)).catch(async (error: unknown) => {
          await extracting.catch(() => undefined);
          throw error;
        });
      }
      const results = await traced(trace, 'wait-extract', () => extracting);
      // On cancel, only the articles whose extraction finished are kept: nothing half-done is stored.
      const extracted: Article[] = batch.added.filter((a) => results[a.id]);
      extractedBefore += extracted.length;
      committing = Promise.resolve(traced(trace, 'commit', () => commit(ctx, extracted, results, batch.sources))).then(({ added }) => {
        for (const a of added) outcome.added.push(a.id);
        outcome.unchanged += extracted.length - added.length;
      });
      // Awaited in the next round or below; a failure meanwhile is not left unhandled.
      committing.catch(() => undefined);
      if (batch.cancelled || extracted.length < batch.added.length || ctx.shouldStop()) outcome.cancelled = true;
    }
    if (committing) await traced(trace, 'wait-commit', () => committing!);
  } finally {
    // A stopped or failed import leaves no reading or commit behind it.
    await next?.catch(() => undefined);
    await committing?.catch(() => undefined);
  }
  // The workers' memory (an extractor each) is not needed while the graph is built.
  const workerHeaps = runner.workerHeapsMb?.() ?? [];
  await traced(trace, 'release', () => runner.release?.());
  let summary: SnapshotSummary;
  if (outcome.added.length > 0) {
    // Aggregated from the shards only now, when the workers are gone: the aggregation (the largest
    // part of the main heap, growing with the corpus) and the workers' heaps are never held at once.
    // The aggregation is let go once the graph is built, and the graph's parts as they are written.
    const built = await traced(trace, 'build', () => graph.buildAlone(edits));
    // The summary of the snapshot just written: no need to open it again.
    summary = await traced(trace, 'snapshot', () => graph.write(built, edits, { consume: true }));
  } else summary = (await traced(trace, 'open', () => graph.current())).reader.summary;
  trace?.finish(workerHeaps);
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

/** Shards whose articles stay in memory during an import (files are read in the order they were imported). */
const RECENT_SHARDS = 2;

/**
 * Reads the stored articles of the shards holding some ids (see `readSources`' `storedArticles`):
 * only those shards, found through the shards' index files, the last few read kept in memory.
 */
function storedArticlesReader(ws: Workspace): (ids: string[]) => Promise<Article[]> {
  const recent = new Map<number, Promise<Article[]>>();
  return async (ids) => {
    const out: Article[] = [];
    for (const shard of await ws.shardsOf(ids)) {
      let articles = recent.get(shard.id);
      if (!articles) {
        // A shard that cannot be read matches nothing: its file's new drafts are added, as without it.
        articles = ws.readArticles(shard).catch(() => []);
        recent.set(shard.id, articles);
        if (recent.size > RECENT_SHARDS) recent.delete(recent.keys().next().value as number);
      }
      out.push(...(await articles));
    }
    return out;
  };
}

/**
 * Stores a batch as one shard, extraction results without the co-occurrences their mentions
 * imply, with the hashes of the batch's files whose articles are then all stored.
 */
function commit(ctx: ImportContext, articles: Article[], results: Record<string, ExtractResult>, sources: ReadOutcome['sources']) {
  const stored = articles.map((a) => compactResult(a.text, results[a.id]));
  return ctx.ws.addShard(articles, stored, ctx.runner.version, sources);
}
