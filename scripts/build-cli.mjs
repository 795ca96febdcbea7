// Builds the `zhitu` command line to JavaScript in out/cli (the npm `prepare` step), so that it
// starts without compiling TypeScript; bin/zhitu.mjs falls back to tsx when this build is
// missing or older than the sources. Dependencies stay external (resolved from node_modules).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}out/cli`;
try {
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    // The extraction worker is its own entry: `zhitu import` starts one per core (electron/cli/extract-pool.ts).
    entryPoints: { main: `${root}electron/cli/main.ts`, 'extract-worker': `${root}electron/core/pipeline/extract-worker.ts` },
    bundle: true,
    // Lazy imports stay separate chunks: --help and --version load only the small entry.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir,
    logLevel: 'warning',
  });
} catch (error) {
  // Never fail an install over it: the command still runs through tsx.
  console.warn(`zhitu: the command line was not built (${error instanceof Error ? error.message : error}); it will run through tsx`);
}
