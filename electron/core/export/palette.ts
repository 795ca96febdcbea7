import { TYPE_COLORS } from '../../shared/type-colors';
import type { GraphNode } from '../../shared/types';

export { TYPE_COLORS };

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
