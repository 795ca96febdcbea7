import type { Core } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { registerExtensions } from './cy-setup';
import type { CreationOptions } from './draw-scale';
import { buildStylesheet } from './stylesheet';

export type CytoscapeSetup = CreationOptions;

/** Wires events on a new instance; returns what undoes it. */
export type CytoscapeInit = (cy: Core) => (() => void) | void;

/**
 * Owns one Cytoscape instance in a ref: created when the container mounts, destroyed on unmount.
 * It is created again only when the renderer settings change (they are fixed at creation; the
 * stylesheet is the caller's to set);
 * `generation` counts instances so that effects can re-apply elements to a new one.
 */
export function useCytoscape(
  containerRef: RefObject<HTMLDivElement | null>,
  setup: CytoscapeSetup,
  init: CytoscapeInit,
): { cyRef: RefObject<Core | null>; generation: number } {
  const cyRef = useRef<Core | null>(null);
  const initRef = useRef(init);
  const [generation, setGeneration] = useState(0);
  useLayoutEffect(() => {
    initRef.current = init;
  });
  const { webgl, large } = setup;
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cytoscape = registerExtensions();
    const cy = cytoscape({
      container,
      style: buildStylesheet(),
      elements: [],
      minZoom: 0.01,
      maxZoom: 5,
      // Shift+drag draws a box: the nodes in it are ticked for the table's bulk actions.
      boxSelectionEnabled: true,
      selectionType: 'additive',
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    const cleanup = initRef.current(cy);
    setGeneration((g) => g + 1);
    return () => {
      cleanup?.();
      cy.destroy();
      if (cyRef.current === cy) cyRef.current = null;
    };
  }, [containerRef, webgl, large]);
  return { cyRef, generation };
}
