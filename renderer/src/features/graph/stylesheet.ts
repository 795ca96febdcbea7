import type { Core, StylesheetJson } from 'cytoscape';
import { RELATION_TYPES } from '../../../../electron/shared/types';
import type { NodeKind } from '../../../../electron/shared/types';
import { communityFocusStyles } from '../analytics/community-focus';
import type { DrawStyle } from './draw-scale';
import { LABEL_FONT, RELATION_STYLES, TYPE_SHAPES } from './type-style';
import type { NodeShape } from './type-style';

/** What is looked at: co-occurrence edges there show in a dense view. */
const LOOKED_AT = ['hover', 'selected', 'neighbour', 'path'];

/**
 * Rules of a dense view (draw-scale.ts): captions only on what is looked at; co-occurrence edges
 * only there and where zoomed in (class `near`, set by cooc-lod.ts).
 */
function denseRules(opts: Partial<DrawStyle>): StylesheetJson {
  const rules: StylesheetJson = [];
  if (opts.quietCaptions) {
    rules.push({ selector: 'edge', style: { label: '' } });
    // Not on a selected hub's neighbour edges: hundreds of captions would cover the view.
    rules.push({ selector: 'edge.hover, edge.selected, edge.path', style: { label: 'data(caption)' } });
  }
  if (opts.hideCoOccurs) {
    rules.push({ selector: 'edge[type = "co_occurs"]', style: { display: 'none' } });
    rules.push({ selector: ['near', ...LOOKED_AT].map((c) => `edge[type = "co_occurs"].${c}`).join(', '), style: { display: 'element' } });
  }
  return rules;
}

/**
 * The graph's stylesheet. Everything interactive is a class: `hover`/`hover-nb` (pointer),
 * `selected`/`neighbour`/`faded` (selection), `path`/`marked` (shortest path), `pinned`.
 * Hover and selection set no `z-index`: a change of z-index makes cytoscape sort every element
 * again before its next hit test and draw (about a second at 5,000 nodes).
 * `opts` (draw-scale.ts) leaves out what a big view cannot afford to draw in every frame.
 */
export function buildStylesheet(opts: Partial<DrawStyle> = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(fill)',
        width: 'data(size)',
        height: 'data(size)',
        // No label by default: label-lod.ts picks which nodes show one (class `lbl`).
        label: '',
        'font-family': LABEL_FONT,
        // Bigger nodes get bigger labels, so that the important names read first.
        'font-size': 'mapData(size, 18, 64, 11, 18)',
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '96px',
        'text-overflow-wrap': 'anywhere',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.85,
        'min-zoomed-font-size': 0,
        'border-width': 1,
        'border-color': '#ffffff',
        'border-opacity': 0.9,
        'overlay-opacity': 0,
      },
    },
    ...(Object.entries(TYPE_SHAPES) as Array<[NodeKind, NodeShape]>).map(([type, shape]) => ({
      selector: `node[type = "${type}"]`,
      style: { shape },
    })),
    { selector: 'node[type = "article"]', style: { 'font-size': 9, 'text-max-width': '120px' } },
    { selector: 'node.unplaced', style: { display: 'none' } },
    // The chosen labels (sized per zoom by label-lod.ts, which labels neighbours of the selection
    // first where they fit) and the labels of what the user points at.
    { selector: 'node.lbl, node.hover, node.selected, node.path, node.marked', style: { label: 'data(label)' } },
    { selector: 'node.pinned', style: { 'border-width': 2, 'border-color': '#3e4c59', 'border-style': 'double' } },
    { selector: 'node.manual', style: { 'border-style': 'dashed', 'border-color': '#3e4c59', 'border-width': 2 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'arrow-scale': 0.8,
        label: 'data(caption)',
        'font-family': LABEL_FONT,
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        // Edge labels appear once zoomed in (9px × zoom ≥ 13px) or on hover.
        'min-zoomed-font-size': 13,
        opacity: 0.85,
        'overlay-opacity': 0,
      },
    },
    ...RELATION_TYPES.map((type) => {
      const s = RELATION_STYLES[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: {
          'line-color': s.colour,
          'target-arrow-color': s.colour,
          'target-arrow-shape': s.arrow,
          'line-style': s.line,
        },
      };
    }),
    { selector: 'edge[type = "co_occurs"]', style: { opacity: 0.55, 'line-dash-pattern': [4, 4], 'curve-style': 'haystack' } },
    { selector: 'edge.manual', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 3] } },
    // Thousands of edges: straight "haystack" lines, which skip the costly search for parallel edges.
    ...(opts.large ? [{ selector: 'edge', style: { 'curve-style': 'haystack' as const, 'haystack-radius': 0, 'target-arrow-shape': 'none' as const } }] : []),
    ...denseRules(opts),
    { selector: '.faded', style: { opacity: 0.18, 'text-opacity': 0.3 } },
    // A faded edge takes no pointer events: cytoscape's hit test (every pointer move and click)
    // then skips the thousands of edges a selection fades.
    { selector: 'edge.faded', style: { opacity: 0.08, events: 'no' } },
    { selector: 'node.neighbour', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.neighbour', style: { opacity: 1, 'min-zoomed-font-size': 7 } },
    // Co-occurrence captions would only repeat "co-occurs": shown on hover only.
    { selector: 'edge[type = "co_occurs"]', style: { 'min-zoomed-font-size': 99 } },
    {
      selector: 'node.hover',
      style: { 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold', opacity: 1, 'text-opacity': 1 },
    },
    { selector: 'node.hover-nb', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'edge.hover', style: { 'min-zoomed-font-size': 0, opacity: 1 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': '#f5a623',
        'border-opacity': 1,
        'font-weight': 'bold',
        'font-size': 13,
        opacity: 1,
        'text-opacity': 1,
      },
    },
    { selector: 'edge.selected', style: { width: 4, opacity: 1, 'min-zoomed-font-size': 0, 'line-color': '#f5a623', 'target-arrow-color': '#f5a623' } },
    { selector: 'node.marked', style: { 'border-width': 4, 'border-color': '#7b61ff', 'border-opacity': 1, opacity: 1 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#7b61ff', 'border-opacity': 1, opacity: 1, 'text-opacity': 1, 'z-index': 25 } },
    {
      selector: 'edge.path',
      style: { width: 5, 'line-color': '#7b61ff', 'target-arrow-color': '#7b61ff', opacity: 1, 'min-zoomed-font-size': 0, 'z-index': 25, 'line-style': 'solid' },
    },
    ...communityFocusStyles(),
  ];
  return sheet;
}

const STYLE_KEY = 'zhitu-draw-style';

/** Gives `cy` the stylesheet of `style` (restyles every element: only when it changes). */
export function setDrawStyle(cy: Core, style: Partial<DrawStyle>): void {
  cy.scratch(STYLE_KEY, style);
  cy.style().fromJson(buildStylesheet(style)).update();
}

/** The draw style `cy` was last given (see `setDrawStyle`). */
export function currentDrawStyle(cy: Core): Partial<DrawStyle> {
  return (cy.scratch(STYLE_KEY) as Partial<DrawStyle> | undefined) ?? {};
}
