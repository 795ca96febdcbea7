import type { ArticleSummary, EntitySummary, ImportResult, RelationSummary, Stats } from '../shared/types';

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
