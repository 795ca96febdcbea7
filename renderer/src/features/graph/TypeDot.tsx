import type { NodeKind } from '../../../../electron/shared/types';
import { TYPE_COLOURS, TYPE_SHAPES } from './type-style';

/** SVG paths (16×16 box) of the node shapes, for icons and image legends. */
export const SHAPE_PATHS: Record<string, string> = {
  'round-rectangle': 'M3,2 H13 Q15,2 15,4 V12 Q15,14 13,14 H3 Q1,14 1,12 V4 Q1,2 3,2 Z',
  ellipse: 'M8,1 A7,7 0 1,1 7.99,1 Z',
  'round-diamond': 'M8,1 L15,8 L8,15 L1,8 Z',
  'round-hexagon': 'M4.5,2 H11.5 L15,8 L11.5,14 H4.5 L1,8 Z',
  rectangle: 'M2,2 H14 V14 H2 Z',
};

/** A small icon in a node type's colour and shape, as drawn on the graph. */
export function TypeDot({ type, colour }: { type: NodeKind; colour?: string }) {
  return (
    <svg className="type-dot" width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
      <path d={SHAPE_PATHS[TYPE_SHAPES[type]] ?? SHAPE_PATHS.ellipse} fill={colour ?? TYPE_COLOURS[type]} stroke="rgba(0,0,0,.25)" strokeWidth="1" strokeLinejoin="round" />
    </svg>
  );
}
