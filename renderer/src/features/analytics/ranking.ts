import { isPlainNumberCell, neutraliseCsvText } from '../../../../electron/shared/csv-cell';
import type { AnalyticsResult, EntityMetrics, EntitySummary, EntityType } from '../../../../electron/shared/types';
import { communityName } from './community-colours';

/** A row of the ranked table: an entity's measures, its mentions and the name of its community. */
export interface RankRow extends EntityMetrics {
  mentions: number;
  /** The community's most central members, or '' for an entity without one. */
  communityName: string;
}

/** The columns the table sorts by. */
export const RANK_KEYS = ['name', 'type', 'degree', 'weightedDegree', 'betweenness', 'pagerank', 'mentions', 'community'] as const;
export type RankKey = (typeof RANK_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** The rows of the table: every measured entity, with its mentions from the entity list (0 when not listed). */
export function rankRows(result: AnalyticsResult, entities: readonly EntitySummary[]): RankRow[] {
  const mentions = new Map(entities.map((e) => [e.id, e.mentions]));
  const names = new Map(result.communities.map((c) => [c.id, communityName(c.top)]));
  return result.entities.map((m) => ({ ...m, mentions: mentions.get(m.id) ?? 0, communityName: names.get(m.community) ?? '' }));
}

const collator = new Intl.Collator('zh-Hans-CN');

function compare(a: RankRow, b: RankRow, key: RankKey): number {
  if (key === 'name' || key === 'type') return collator.compare(a[key], b[key]);
  return a[key] - b[key];
}

/** The rows sorted by a column (ties by PageRank, highest first, then by name), as a new array. */
export function sortRows(rows: readonly RankRow[], key: RankKey, dir: SortDir): RankRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, key) || b.pagerank - a.pagerank || collator.compare(a.name, b.name));
}

/** The rows of one type, or all of them for null. */
export function rowsOfType(rows: readonly RankRow[], type: EntityType | null): RankRow[] {
  return type ? rows.filter((r) => r.type === type) : [...rows];
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A text cell that no spreadsheet runs as a formula. */
function textCell(text: string): string {
  return field(neutraliseCsvText(text));
}

/** A number cell: a plain number, never a formula. */
function numberCell(value: number): string {
  const text = Number.isFinite(value) ? String(value) : '';
  return isPlainNumberCell(text) ? text : '';
}

/** The header of the ranked table's CSV. */
export const CSV_HEADER = ['rank', 'id', 'name', 'type', 'degree', 'weightedDegree', 'betweenness', 'pagerank', 'mentions', 'community', 'communityName'];

/**
 * The ranked table as CSV (UTF-8 with a byte-order mark, so that spreadsheets read the Chinese
 * names): a row per entity in the order given, full-precision measures, and every text cell
 * neutralised against formulas (electron/shared/csv-cell.ts).
 */
export function rankingCsv(rows: readonly RankRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  rows.forEach((r, i) => {
    lines.push(
      [
        numberCell(i + 1),
        textCell(r.id),
        textCell(r.name),
        textCell(r.type),
        numberCell(r.degree),
        numberCell(r.weightedDegree),
        numberCell(r.betweenness),
        numberCell(r.pagerank),
        numberCell(r.mentions),
        numberCell(r.community),
        textCell(r.communityName),
      ].join(','),
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
