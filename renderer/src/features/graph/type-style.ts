import { TYPE_COLORS as TYPE_COLOURS } from '../../../../electron/shared/type-colors';
import type { NodeKind, RelationType } from '../../../../electron/shared/types';

/** Node colours by type: one home in electron/shared/type-colors.ts, shared with the exports. */
export { TYPE_COLOURS };

export type NodeShape = 'round-rectangle' | 'ellipse' | 'round-diamond' | 'round-hexagon' | 'rectangle';

/** Node shapes by type, so that type reads without colour too. */
export const TYPE_SHAPES: Readonly<Record<NodeKind, NodeShape>> = {
  organisation: 'round-rectangle',
  person: 'ellipse',
  place: 'round-diamond',
  program: 'round-hexagon',
  article: 'rectangle',
};

export interface RelationStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Target arrow shape; `none` for symmetric relations. */
  arrow: 'triangle' | 'triangle-tee' | 'triangle-backcurve' | 'vee' | 'none';
  width: number;
}

/** Edge styles by relation type; co-occurrence is thin, grey and dashed so that typed relations stand out. */
export const RELATION_STYLES: Readonly<Record<RelationType, RelationStyle>> = {
  role: { colour: '#B07AA1', line: 'solid', arrow: 'triangle', width: 2 },
  organises: { colour: '#4E79A7', line: 'solid', arrow: 'triangle', width: 2 },
  partner: { colour: '#76B7B2', line: 'solid', arrow: 'none', width: 2 },
  founded: { colour: '#F28E2B', line: 'solid', arrow: 'triangle-backcurve', width: 2 },
  part_of: { colour: '#8C7A2E', line: 'solid', arrow: 'triangle-tee', width: 2 },
  located_in: { colour: '#59A14F', line: 'dotted', arrow: 'vee', width: 1.6 },
  participates: { colour: '#D37295', line: 'solid', arrow: 'triangle', width: 1.8 },
  reported_by: { colour: '#9C755F', line: 'dashed', arrow: 'vee', width: 1.2 },
  mentions: { colour: '#BAB0AC', line: 'solid', arrow: 'none', width: 0.8 },
  co_occurs: { colour: '#C4C4C4', line: 'dashed', arrow: 'none', width: 0.7 },
};

/** The CJK-capable font stack for labels (canvas text needs an installed font with the glyphs). */
export const LABEL_FONT = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The fill of a node: the user's colour when valid, else its type's colour. */
export function nodeFill(type: NodeKind, colour?: string | null): string {
  if (colour && HEX.test(colour)) return colour;
  return TYPE_COLOURS[type] ?? TYPE_COLOURS.article;
}

/** Node diameter in pixels from its degree (or weighted degree): square-root scaling, 18-64 px. */
export function nodeSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 18;
  return Math.round(18 + 46 * Math.sqrt(Math.min(value, max) / max));
}

/**
 * Edge width from its weight: logarithmic so that a hundred co-mentions do not paint a wall;
 * co-occurrence stays thin whatever its weight, so that typed relations stand out.
 */
export function edgeWidth(type: RelationType, weight: number): number {
  const base = RELATION_STYLES[type]?.width ?? 1;
  const grow = Math.log2(Math.max(1, weight));
  const width = type === 'co_occurs' ? Math.min(1.6, base + grow * 0.2) : Math.min(8, base + grow * 0.8);
  return Math.round(width * 10) / 10;
}
