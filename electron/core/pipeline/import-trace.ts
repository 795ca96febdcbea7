import { writeFileSync } from 'node:fs';

/**
 * One phase of an import: wall time spent in it, the process's CPU time meanwhile (every thread:
 * the extraction workers' too while they run) and the largest RSS seen while it ran.
 */
export interface PhaseFigure {
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  /** The largest used V8 heap of this thread seen while it ran. */
  peakHeapMb: number;
  count: number;
}

/** What `ZHITU_IMPORT_TRACE` writes: the phases, the process's CPU time and peak RSS. */
export interface ImportTraceReport {
  wallMs: number;
  userMs: number;
  systemMs: number;
  peakRssMb: number;
  /** This thread's largest V8 heap (used and reserved), and memory outside it (external, of which array buffers), in MB. */
  mainHeap: { usedMb: number; totalMb: number; externalMb: number; arrayBuffersMb: number };
  /** The largest heap (used, reserved; MB) each extraction worker reported, when the runner is a pool. */
  workerHeaps: { used: number; total: number }[];
  phases: Record<string, PhaseFigure>;
}

/**
 * Phase timings of one import for `npm run bench -- --scale`: inert unless `ZHITU_IMPORT_TRACE`
 * names a file, to which the report (JSON) is written when the import ends. Phases may overlap
 * (a batch is read while the one before is extracted). RSS is sampled every 200 ms (every 50 ms took
 * about 1.5 % of a traced 5k import's profile); `/usr/bin/time` gives the exact peak.
 */
export class ImportTrace {
  private readonly phases: Record<string, PhaseFigure> = {};
  private readonly open = new Map<string, { at: number; cpu: number }>();
  private readonly started = performance.now();
  private readonly cpu = process.cpuUsage();
  private peak = 0;
  private readonly heap = { usedMb: 0, totalMb: 0, externalMb: 0, arrayBuffersMb: 0 };
  private readonly timer: ReturnType<typeof setInterval> | null = null;

  private constructor(private readonly file: string) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  /** A trace when `ZHITU_IMPORT_TRACE` is set, else null. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env): ImportTrace | null {
    const file = env.ZHITU_IMPORT_TRACE;
    return file ? new ImportTrace(file) : null;
  }

  private sample(): void {
    const m = process.memoryUsage();
    const rss = m.rss / 1048576;
    if (rss > this.peak) this.peak = rss;
    const h = this.heap;
    h.usedMb = Math.max(h.usedMb, Math.round(m.heapUsed / 1048576));
    h.totalMb = Math.max(h.totalMb, Math.round(m.heapTotal / 1048576));
    h.externalMb = Math.max(h.externalMb, Math.round(m.external / 1048576));
    h.arrayBuffersMb = Math.max(h.arrayBuffersMb, Math.round(m.arrayBuffers / 1048576));
    for (const name of this.open.keys()) {
      const p = this.phases[name];
      if (rss > p.peakRssMb) p.peakRssMb = rss;
      if (m.heapUsed / 1048576 > p.peakHeapMb) p.peakHeapMb = m.heapUsed / 1048576;
    }
  }

  private begin(name: string): void {
    this.phases[name] ??= { ms: 0, cpuMs: 0, peakRssMb: 0, peakHeapMb: 0, count: 0 };
    this.open.set(name, { at: performance.now(), cpu: cpuMs() });
    this.sample();
  }

  private end(name: string): void {
    const from = this.open.get(name);
    if (from === undefined) return;
    this.sample();
    this.open.delete(name);
    const p = this.phases[name];
    p.ms += performance.now() - from.at;
    p.cpuMs += cpuMs() - from.cpu;
    p.count += 1;
  }

  /** Runs `fn` as (one more run of) the phase `name`. */
  async phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    this.begin(name);
    try {
      return await fn();
    } finally {
      this.end(name);
    }
  }

  /** Writes the report and stops sampling; `workerHeaps` from the runner (see `ExtractionRunner.workerHeapsMb`). */
  finish(workerHeaps: { used: number; total: number }[] = []): void {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    const cpu = process.cpuUsage(this.cpu);
    const round = (p: PhaseFigure): PhaseFigure => ({ ms: Math.round(p.ms), cpuMs: Math.round(p.cpuMs), peakRssMb: Math.round(p.peakRssMb), peakHeapMb: Math.round(p.peakHeapMb), count: p.count });
    const report: ImportTraceReport = {
      wallMs: Math.round(performance.now() - this.started),
      userMs: Math.round(cpu.user / 1000),
      systemMs: Math.round(cpu.system / 1000),
      peakRssMb: Math.round(this.peak),
      mainHeap: { ...this.heap },
      workerHeaps,
      phases: Object.fromEntries(Object.entries(this.phases).map(([k, v]) => [k, round(v)])),
    };
    writeFileSync(this.file, `${JSON.stringify(report)}\n`);
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `fn`, as the phase `name` of `trace` when there is one. */
export function traced<T>(trace: ImportTrace | null, name: string, fn: () => Promise<T> | T): Promise<T> | T {
  return trace ? trace.phase(name, fn) : fn();
}
