import type { AnalyticsResult, ArticleSummary, EntitySummary, ImportResult, RelationSummary, Stats } from '../shared/types';

// Human-readable output of the CLI (with --json the shapes of docs/cli.md are printed instead).

/** The import summary. */
export function printImport(r: ImportResult): string {
  const lines = [
    `${r.files} file(s) read: ${r.articles.added} article(s) added, ${r.articles.unchanged} unchanged${r.cancelled ? ' (cancelled)' : ''}`,
    `${r.entities} entities, ${r.relations} relations in the workspace`,
  ];
  if (r.skipped.length) {
    lines.push(`${r.skipped.length} skipped:`);
    for (const s of r.skipped) lines.push(`  ${s.path}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One line per article. */
export function printArticles(list: ArticleSummary[]): string {
  if (list.length === 0) return 'no articles\n';
  return `${list
    .map((a) => {
      const byline = a.byline.map((b) => `${b.role} ${b.name}`).join(', ');
      return `${a.id}  ${a.date ?? '----------'}  ${a.title}${byline ? `  (${byline})` : ''}`;
    })
    .join('\n')}\n`;
}

/** One line per entity. */
export function printEntities(list: EntitySummary[]): string {
  if (list.length === 0) return 'no entities\n';
  return `${list
    .map((e) => `${e.id}  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}  ×${e.mentions}`)
    .join('\n')}\n`;
}

/** One line per relation, with the names of both ends. */
export function printRelations(list: RelationSummary[], names: Map<string, string>): string {
  if (list.length === 0) return 'no relations\n';
  return `${list
    .map((r) => `${r.type.padEnd(12)} ${names.get(r.source) ?? r.source} -> ${names.get(r.target) ?? r.target}${r.label ? ` [${r.label}]` : ''}  ×${r.weight}`)
    .join('\n')}\n`;
}

/** Counts. */
export function printStats(s: Stats): string {
  const entities = Object.entries(s.entities).map(([t, n]) => `  ${t}: ${n}`);
  const relations = Object.entries(s.relations).map(([t, n]) => `  ${t}: ${n}`);
  return `articles: ${s.articles}\nentities:\n${entities.join('\n')}\nrelations:\n${relations.join('\n')}\n`;
}

/** Width of a string in terminal columns (CJK characters take two). */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, n: number): string => text + ' '.repeat(Math.max(0, n - width(text)));

/** The graph measured, then the `top` entities ranked by PageRank as a table, then the communities. */
export function printAnalytics(r: AnalyticsResult, top: number): string {
  const g = r.graph;
  const lines = [
    `graph: ${g.nodes} entities, ${g.edges} edges (undirected, multi-edges collapsed, weights summed${g.coOccurs ? ', with co-occurrence' : ', without co-occurrence'})`,
    `modularity ${r.modularity.toFixed(4)}, ${r.communities.length} communities${r.betweennessSources ? `; betweenness estimated from ${r.betweennessSources} sampled sources` : ''}`,
    '',
  ];
  const rows = r.entities.slice(0, top);
  const nameWidth = Math.min(30, Math.max(4, ...rows.map((e) => width(e.name))));
  lines.push(`rank  ${pad('name', nameWidth)}  type          degree  weighted  betweenness  pagerank  community`);
  rows.forEach((e, i) => {
    lines.push(
      `${String(i + 1).padStart(4)}  ${pad(e.name, nameWidth)}  ${e.type.padEnd(12)}  ${String(e.degree).padStart(6)}  ${e.weightedDegree.toFixed(1).padStart(8)}  ${e.betweenness.toFixed(5).padStart(11)}  ${e.pagerank.toFixed(5).padStart(8)}  ${String(e.community).padStart(9)}`,
    );
  });
  if (r.entities.length > rows.length) lines.push(`… ${r.entities.length - rows.length} more (--top N, or --json for all)`);
  if (r.communities.length > 0) {
    lines.push('', 'communities (largest first; most central members):');
    for (const c of r.communities.slice(0, Math.max(10, Math.min(top, 30)))) lines.push(`  ${String(c.id).padStart(3)}  ${String(c.size).padStart(5)}  ${c.top.join('、')}`);
  }
  return `${lines.join('\n')}\n`;
}
