import { computeLayout } from './compute-layout';
import type { LayoutRequest } from './layout-types';

// The layout's own thread: the page stays responsive while thousands of nodes are placed.
const scope = self as unknown as Worker;
scope.onmessage = (event: MessageEvent<{ id: number; request: LayoutRequest }>) => {
  const { id, request } = event.data;
  try {
    const result = computeLayout(request);
    scope.postMessage({ id, result }, [result.positions.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
