import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser';

// First draw and filter time of cytoscape.js in Debian's Chromium, canvas and WebGL renderers,
// on generated graphs (preset positions: the layout is measured separately, see toolchain.md).
const PAGE = `<!doctype html><meta charset="utf-8"><style>html,body,#cy{margin:0;width:100%;height:100%}</style>
<div id="cy"></div><script src="/cytoscape.js"></script>`;

interface DrawResult {
  firstDrawMs: number;
  filterMs: number;
}

async function measure(page: Page, nodes: number, webgl: boolean): Promise<DrawResult> {
  return page.evaluate(
    async ({ nodes, webgl }) => {
      const types = ['organisation', 'person', 'place', 'program'];
      const elements: unknown[] = [];
      const side = Math.ceil(Math.sqrt(nodes));
      for (let i = 0; i < nodes; i++) {
        elements.push({ data: { id: `n${i}`, label: `深圳市第${i}总工会`, type: types[i % 4] }, position: { x: (i % side) * 60, y: Math.floor(i / side) * 60 } });
      }
      let seed = 7;
      const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      for (let i = 0; i < nodes * 2; i++) {
        elements.push({ data: { id: `e${i}`, source: `n${Math.floor(rnd() * nodes)}`, target: `n${Math.floor(rnd() * nodes)}`, type: i % 3 ? 'co_occurs' : 'role' } });
      }
      const w = window as unknown as { cytoscape: (o: unknown) => { destroy(): void; batch(f: () => void): void; nodes(s?: string): { addClass(c: string): void }; one(e: string, f: () => void): void } };
      const t0 = performance.now();
      const cy = w.cytoscape({
        container: document.getElementById('cy'),
        elements,
        layout: { name: 'preset' },
        renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
        hideEdgesOnViewport: nodes > 2000,
        textureOnViewport: nodes > 2000,
        pixelRatio: 1,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 12, height: 12 } },
          { selector: 'node[type="organisation"]', style: { 'background-color': '#1f77b4', shape: 'round-rectangle' } },
          { selector: 'node[type="place"]', style: { 'background-color': '#2ca02c' } },
          { selector: 'edge', style: { width: 1, 'line-color': '#bbb' } },
          { selector: '.hidden', style: { display: 'none' } },
        ],
      });
      const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      await frame();
      const firstDrawMs = performance.now() - t0;
      const t1 = performance.now();
      cy.batch(() => cy.nodes('[type="place"]').addClass('hidden'));
      await frame();
      const filterMs = performance.now() - t1;
      cy.destroy();
      return { firstDrawMs, filterMs };
    },
    { nodes, webgl },
  );
}

/** First draw and filter times for 1k, 5k and 20k nodes (twice as many edges), canvas and WebGL. */
export async function benchDraw(sizes = [1000, 5000, 20000]): Promise<Record<string, number>> {
  const script = await readFile(resolve('node_modules/cytoscape/dist/cytoscape.min.js'));
  const server = createServer((req, res) => {
    if (req.url === '/cytoscape.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const browser = await launchBrowser();
  const out: Record<string, number> = {};
  try {
    await browser.page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    for (const webgl of [false, true]) {
      for (const n of sizes) {
        const r = await measure(browser.page, n, webgl);
        const key = `${webgl ? 'webgl' : 'canvas'}-${n}`;
        out[`${key}-firstDrawMs`] = Math.round(r.firstDrawMs);
        out[`${key}-filterMs`] = Math.round(r.filterMs);
        console.log(`draw: ${key.padEnd(12)} nodes ${n}, edges ${2 * n}: first draw ${r.firstDrawMs.toFixed(0)} ms, filter (hide a type) ${r.filterMs.toFixed(0)} ms`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchDraw();
