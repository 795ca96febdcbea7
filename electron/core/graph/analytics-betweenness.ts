/** An undirected graph in compressed rows: the neighbours of node i are `adj[offsets[i]..offsets[i+1]]`. */
export interface Csr {
  n: number;
  offsets: Int32Array;
  adj: Int32Array;
}

/** Compressed rows of an undirected simple graph given as index pairs. */
export function toCsr(n: number, pairs: ReadonlyArray<readonly [number, number]>): Csr {
  const deg = new Int32Array(n + 1);
  for (const [a, b] of pairs) {
    deg[a]++;
    deg[b]++;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + deg[i];
  const fill = offsets.slice(0, n);
  const adj = new Int32Array(offsets[n]);
  for (const [a, b] of pairs) {
    adj[fill[a]++] = b;
    adj[fill[b]++] = a;
  }
  return { n, offsets, adj };
}

/** Options of {@link betweennessCentrality}. */
export interface BetweennessOptions {
  /** Use only these source nodes (sampled), scaling the sums by n / sources.length as NetworkX does. */
  sources?: Int32Array;
  /** Called between sources so that a long computation can give way (return a promise to wait). */
  pause?: (done: number) => Promise<void> | void;
  /** Sources between two calls of `pause`. */
  every?: number;
}

/**
 * Betweenness centrality of every node, counting steps (Brandes' algorithm), normalised as
 * NetworkX normalises an undirected graph: the sum over ordered pairs times 1/((n-1)(n-2)).
 * With `sources`, an estimate from those sources (NetworkX's `k` sampling).
 */
export async function betweennessCentrality(g: Csr, options: BetweennessOptions = {}): Promise<Float64Array> {
  const { n, offsets, adj } = g;
  const result = new Float64Array(n);
  if (n <= 2) return result;
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const sources = options.sources ?? null;
  const count = sources ? sources.length : n;
  const every = options.every ?? 64;
  for (let k = 0; k < count; k++) {
    if (options.pause && k > 0 && k % every === 0) await options.pause(k);
    const s = sources ? sources[k] : k;
    // Breadth-first from s; `order` doubles as the queue and the stack of visited nodes.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++];
      const dv = dist[v] + 1;
      const sv = sigma[v];
      for (let j = offsets[v], end = offsets[v + 1]; j < end; j++) {
        const w = adj[j];
        if (dist[w] < 0) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w] += sv;
      }
    }
    // Accumulate dependencies from the farthest nodes back.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const coeff = (1 + delta[w]) / sigma[w];
      const dw = dist[w] - 1;
      for (let j = offsets[w], end = offsets[w + 1]; j < end; j++) {
        const v = adj[j];
        if (dist[v] === dw) delta[v] += sigma[v] * coeff;
      }
      result[w] += delta[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = (sources ? n / count : 1) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) result[i] *= scale;
  return result;
}
