import { findEdgeKey, type EdgeIdOthers, type EdgePlace } from '../graph/snapshot-decode';
import { columnsAt, decodeEdgeRow, decodeEdges, idKey, type EdgeTableMeta } from '../graph/snapshot-edges';
import { decodeIncident, incidentRange, incidentWithoutCoOccurs, type Incident, type IncidentMeta } from '../graph/snapshot-incident';
import { PARTS, SNAPSHOT_VERSION } from '../graph/snapshot-model';
import type { ArticleRefs, ArticleRows, ArticleTable, EdgeTable, TopView, EvidenceLine, MentionLine, NodeTable, ReplayState, SnapshotSummary } from '../graph/snapshot-model';
import type { GraphFiles } from '../store/graph-files';

/** Start offsets of the lines whose byte lengths are given (one more entry: the end). */
function offsets(lengths: ArrayLike<number>): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = out[i] + lengths[i];
  return out;
}

/**
 * One snapshot build, read lazily: the summary at once, each table when first asked for (then
 * kept), and single lines of the JSON-lines files by positioned reads. Throws `StaleSnapshot`
 * when a part is missing or damaged, so that the caller rebuilds.
 */
export class SnapshotReader {
  private readonly parts = new Map<string, Promise<unknown>>();
  private lineStarts = new Map<string, Float64Array>();
  private nodeArticleBytes: Promise<Buffer | null> | null = null;

  private constructor(
    private readonly files: GraphFiles,
    readonly summary: SnapshotSummary,
  ) {}

  /** The current snapshot's reader, or null when there is none of this version. */
  static async open(files: GraphFiles): Promise<SnapshotReader | null> {
    let summary = await files.read<SnapshotSummary>(`${PARTS.summary}.json`);
    if (summary?.version === 6 && summary.key) summary = await upgradeFrom6(files, summary);
    if (!summary || summary.version !== SNAPSHOT_VERSION || !summary.key) return null;
    return new SnapshotReader(files, summary);
  }

  private part<T>(name: string): Promise<T> {
    let hit = this.parts.get(name) as Promise<T> | undefined;
    if (!hit) {
      hit = this.files.read<T>(`${name}.json`).then((value) => {
        if (value === null) throw new StaleSnapshot(`graph snapshot: ${name} is missing or damaged`);
        return value;
      });
      this.parts.set(name, hit);
    }
    return hit;
  }

  nodes(): Promise<NodeTable> {
    return this.part(PARTS.nodes);
  }

  /** An edge table: its small JSON part and its binary columns. */
  private edgeTable(name: string): Promise<EdgeTable> {
    const key = `${name}#table`;
    let hit = this.parts.get(key) as Promise<EdgeTable> | undefined;
    if (!hit) {
      hit = (async () => {
        const [meta, bin] = await Promise.all([this.files.readText(`${name}.json`), this.files.readBytes(`${name}.bin`)]);
        if (meta === null || bin === null) throw new StaleSnapshot(`graph snapshot: ${name} is missing`);
        try {
          return decodeEdges(meta, bin);
        } catch (error) {
          throw new StaleSnapshot(`graph snapshot: ${name} is damaged (${(error as Error).message})`);
        }
      })();
      this.parts.set(key, hit);
    }
    return hit;
  }

  edges(): Promise<EdgeTable> {
    return this.edgeTable(PARTS.edges);
  }

  mentionEdges(): Promise<EdgeTable> {
    return this.edgeTable(PARTS.mentionEdges);
  }

  articles(): Promise<ArticleTable> {
    return this.part(PARTS.articles);
  }

  /** Each article's id and date by slot, as rows (what evidence, mentions and views need). */
  async articleRows(): Promise<ArticleRows & { rows: Array<{ id: string; date: string | null }> }> {
    let hit = this.parts.get('article-rows') as Promise<ArticleRows & { rows: Array<{ id: string; date: string | null }> }> | undefined;
    if (!hit) {
      hit = this.part<ArticleRefs>(PARTS.articleRefs).then((refs) => ({ rows: refs.ids.map((id, i) => ({ id, date: refs.dates[i] ?? null })), ...(refs.places ? { places: refs.places } : {}) }));
      this.parts.set('article-rows', hit);
    }
    return hit;
  }

  /** The small JSON part of the typed edge table (labels, attributes, manual flags, unusual ids). */
  edgeMeta(): Promise<EdgeTableMeta> {
    return this.part(PARTS.edges);
  }

  /**
   * Where the typed edge with this id is (its row and evidence line start), or null: the
   * chunk of `edge-ids.bin` its key falls in (by the fence), one positioned read (the unusual ids from the small `edge-ids.json`).
   */
  async edgePlace(id: string): Promise<EdgePlace | null> {
    const key = idKey(id);
    if (!key) {
      const row = (await this.part<EdgeIdOthers>(PARTS.edgeIds)).other[id];
      return row === undefined ? null : { row, evidenceStart: -1 };
    }
    const { others, count } = await this.edgeIdCount();
    try {
      return await findEdgeKey(key, count, others.fence, (offset, length) => this.files.readRangeBytes(`${PARTS.edgeIds}.bin`, offset, length));
    } catch (error) {
      throw new StaleSnapshot(`graph snapshot: edge-ids is damaged (${(error as Error).message})`);
    }
  }

  /** The records in `edge-ids.bin`: the typed edges less the unusual ids. */
  private async edgeIdCount(): Promise<{ others: EdgeIdOthers; count: number }> {
    const others = await this.part<EdgeIdOthers>(PARTS.edgeIds);
    if (!others.other || !Array.isArray(others.fence)) throw new StaleSnapshot('graph snapshot: edge-ids is damaged');
    return { others, count: this.summary.edges - Object.keys(others.other).length };
  }

  /**
   * Typed edge `row` as a table of one edge, and where its evidence line is, by positioned reads
   * of its columns (not the whole table). `evidenceStart` as `edgePlace` gives it (-1: unknown).
   */
  async typedEdge(row: number, evidenceStart: number): Promise<{ table: EdgeTable; evidence: { start: number; length: number } }> {
    const meta = await this.edgeMeta();
    const n = this.summary.edges;
    if (!(row >= 0 && row < n) || meta.n !== n) throw new StaleSnapshot(`graph snapshot: no typed edge ${row}`);
    const values = await Promise.all(columnsAt(n, row).map(({ offset, length }) => this.files.readRangeBytes(`${PARTS.edges}.bin`, offset, length)));
    let table: EdgeTable;
    try {
      table = decodeEdgeRow(meta, row, values);
    } catch (error) {
      throw new StaleSnapshot(`graph snapshot: typed edge ${row} is damaged (${(error as Error).message})`);
    }
    let start = evidenceStart;
    if (start < 0) {
      // An unusual id (rare): the start from the lengths of the lines before it.
      const el = (await this.edges()).el;
      start = 0;
      for (let i = 0; i < row; i++) start += el[i];
    }
    return { table, evidence: { start, length: table.el[0] } };
  }

  /** A node's typed edges, read from its records alone (not the whole edge table). */
  async incident(row: number): Promise<Incident> {
    const [meta, edgeMeta] = await Promise.all([this.part<IncidentMeta>(PARTS.incident), this.edgeMeta()]);
    if (!(row >= 0 && row + 1 < meta.starts.length)) throw new StaleSnapshot(`graph snapshot: no incident records for node ${row}`);
    const { offset, length } = incidentRange(meta, row);
    const bytes = length === 0 ? Buffer.alloc(0) : await this.files.readRangeBytes(`${PARTS.incident}.bin`, offset, length);
    try {
      return decodeIncident(bytes, meta, edgeMeta);
    } catch (error) {
      throw new StaleSnapshot(`graph snapshot: incident records of node ${row} are damaged (${(error as Error).message})`);
    }
  }

  /** An evidence line at a known place of `evidence.jsonl`. */
  async evidenceAt(start: number, length: number): Promise<EvidenceLine> {
    const text = await this.files.readRange(`${PARTS.evidence}.jsonl`, start, length);
    try {
      return JSON.parse(text) as EvidenceLine;
    } catch {
      throw new StaleSnapshot('graph snapshot: an evidence line is damaged');
    }
  }

  /** The kept first view. */
  top(): Promise<TopView> {
    return this.part(PARTS.top);
  }

  /** The table of the edges among the kept first view's entities. */
  topEdges(): Promise<EdgeTable> {
    return this.edgeTable(PARTS.topEdges);
  }

  state(): Promise<ReplayState> {
    return this.part(PARTS.state);
  }

  /** A whole JSON-lines file (`mentions`, `evidence`, `node-articles`). */
  async text(name: string): Promise<string> {
    const text = await this.files.readText(`${name}.jsonl`);
    if (text === null) throw new StaleSnapshot(`graph snapshot: ${name} is missing`);
    return text;
  }

  /** A whole file of the snapshot as bytes (`evidence.jsonl` for an export walking every edge). */
  async bytes(name: string): Promise<Buffer> {
    const bytes = await this.files.readBytes(name);
    if (bytes === null) throw new StaleSnapshot(`graph snapshot: ${name} is missing`);
    return bytes;
  }

  private async line<T>(name: string, lengths: ArrayLike<number>, row: number, key = name): Promise<T> {
    let starts = this.lineStarts.get(key);
    if (!starts) this.lineStarts.set(key, (starts = offsets(lengths)));
    const text = await this.files.readRange(`${name}.jsonl`, starts[row], starts[row + 1] - starts[row]);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new StaleSnapshot(`graph snapshot: line ${row} of ${name} is damaged`);
    }
  }

  /** A node's article slots (the file is small: read whole once, then kept). */
  async nodeArticles(row: number): Promise<number[]> {
    const lengths = (await this.nodes()).al;
    let starts = this.lineStarts.get(PARTS.nodeArticles);
    if (!starts) this.lineStarts.set(PARTS.nodeArticles, (starts = offsets(lengths)));
    this.nodeArticleBytes ??= this.files.readBytes(`${PARTS.nodeArticles}.jsonl`);
    const bytes = await this.nodeArticleBytes;
    if (bytes === null || bytes.length !== starts[starts.length - 1]) throw new StaleSnapshot('graph snapshot: node-articles is missing or damaged');
    try {
      return JSON.parse(bytes.subarray(starts[row], starts[row + 1]).toString('utf8')) as number[];
    } catch {
      throw new StaleSnapshot(`graph snapshot: line ${row} of node-articles is damaged`);
    }
  }

  /** A node's mentions line. */
  async mentions(row: number): Promise<MentionLine> {
    return this.line(PARTS.mentions, (await this.nodes()).ml, row);
  }

  /** An edge's evidence line: typed edges first, then the mentions edges (`mentionEdge`). */
  async evidence(row: number, mentionEdge = false): Promise<EvidenceLine> {
    const typed = await this.edges();
    if (!mentionEdge) return this.line(PARTS.evidence, typed.el, row);
    const lengths = [...typed.el, ...(await this.mentionEdges()).el];
    return this.line(PARTS.evidence, lengths, typed.el.length + row, `${PARTS.evidence}+mentions`);
  }
}

/**
 * A version 6 snapshot made version 7 in a new build (see `GraphFiles.derive`): its incident
 * records without `co_occurs`, every other part as it was. Null (a rebuild follows) when its
 * incident part is missing or damaged.
 */
async function upgradeFrom6(files: GraphFiles, summary: SnapshotSummary): Promise<SnapshotSummary | null> {
  const [meta, bin] = await Promise.all([files.readText(`${PARTS.incident}.json`), files.readBytes(`${PARTS.incident}.bin`)]);
  if (meta === null || bin === null) return null;
  let incident: { meta: string; bin: Buffer };
  try {
    incident = incidentWithoutCoOccurs(meta, bin);
  } catch {
    return null;
  }
  const upgraded: SnapshotSummary = { ...summary, version: SNAPSHOT_VERSION };
  const done = await files.derive([
    { name: `${PARTS.incident}.json`, content: incident.meta },
    { name: `${PARTS.incident}.bin`, content: incident.bin },
    { name: `${PARTS.summary}.json`, content: JSON.stringify(upgraded) },
  ]);
  return done ? upgraded : null;
}

/** A snapshot part is missing or damaged: the snapshot must be rebuilt. */
export class StaleSnapshot extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StaleSnapshot';
  }
}
