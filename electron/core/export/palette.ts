import type { GraphNode, NodeKind } from '../../shared/types';

/**
 * One fixed colour per node type, used by every export that carries colours (GEXF, GraphML,
 * CSV, Cytoscape JSON). Tableau 10 hues: distinct for colour-blind readers and on white paper.
 */
export const TYPE_COLORS: Readonly<Record<NodeKind, string>> = {
  organisation: '#4E79A7',
  person: '#E15759',
  place: '#59A14F',
  program: '#F28E2B',
  article: '#9C755F',
};

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** The colour a node is drawn with: the user's own `#RRGGBB` colour wins over the type's colour. */
export function nodeColor(node: Pick<GraphNode, 'type' | 'color'>): string {
  if (node.color && HEX_COLOR.test(node.color)) return node.color.toUpperCase();
  return TYPE_COLORS[node.type] ?? TYPE_COLORS.article;
}

/** Splits `#RRGGBB` into its 0-255 channels. */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}
