/**
 * Copies the entries whose values are present: no null, no undefined, no NaN or infinity.
 * Cytoscape Desktop would store a JSON null as the text "null"; Neo4j's `SET n += map` would
 * remove a property set to null, and its lists cannot hold null.
 */
export function present<T>(entries: Record<string, T | null | undefined>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(entries)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    out[key] = value;
  }
  return out;
}
