import type { PathResult } from '../../../../electron/shared/types';

export interface PathTextLabels {
  /** Name of a node id. */
  name: (id: string) => string;
  /** Name of a relation type. */
  relation: (type: string) => string;
  heading: (n: number, steps: number) => string;
}

/**
 * Paths as plain text, one block per path: each step as `A —relation (label)→ B` (or `←`
 * against the edge's direction, `—` for undirected relations), then its evidence sentences with
 * their article and date. This is what "Export as text" saves.
 */
export function pathsAsText(paths: PathResult[], labels: PathTextLabels, title: string): string {
  const out: string[] = [title, ''];
  paths.forEach((path, i) => {
    out.push(labels.heading(i + 1, path.steps.length));
    path.steps.forEach((step, k) => {
      const rel = labels.relation(step.edge.type) + (step.edge.label ? ` (${step.edge.label})` : '');
      const arrow = step.edge.direction === 'backward' ? `←${rel}—` : step.edge.direction === 'undirected' ? `—${rel}—` : `—${rel}→`;
      out.push(`  ${k + 1}. ${labels.name(step.from)} ${arrow} ${labels.name(step.to)}`);
      for (const ev of step.evidence) out.push(`     “${ev.text.trim()}” [${ev.article}${ev.date ? `, ${ev.date}` : ''}]`);
    });
    out.push('');
  });
  return out.join('\n');
}
