import type { NodeKind } from './types';

/**
 * One fixed colour per node type, for the explorer and every export that carries colours (GEXF,
 * GraphML, CSV, Cytoscape JSON). Tableau 10 hues: distinct for colour-blind readers and on white paper.
 */
export const TYPE_COLORS: Readonly<Record<NodeKind, string>> = {
  organisation: '#4E79A7',
  person: '#E15759',
  place: '#59A14F',
  program: '#F28E2B',
  article: '#9C755F',
};
