import { appendFileSync } from 'node:fs';

/**
 * Named points in the store's write and recovery paths where tests and `npm run harden` inject
 * a failure, the way SQLite's test hooks do. Inert unless `ZHITU_FAULTS` is set, e.g.
 * `ZHITU_FAULTS=ENOSPC@write:edits.json` (every write of edits.json fails as on a full disk) or
 * `ZHITU_FAULTS=kill@recovery:chosen:edits.json#1` (the process is killed with SIGKILL the first
 * time it reaches that point). Rules are separated by commas; `#n` picks the n-th time only.
 * `ZHITU_FAULT_TRACE=<file>` appends the name of every point reached to that file (to list the
 * steps a test then kills at, one by one).
 */
interface Rule {
  action: string;
  point: string;
  nth: number | null;
}

let parsedFrom: string | undefined;
let rules: Rule[] = [];
const reached = new Map<string, number>();

function currentRules(): Rule[] {
  const spec = process.env.ZHITU_FAULTS ?? '';
  if (spec !== parsedFrom) {
    parsedFrom = spec;
    reached.clear();
    rules = spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const match = /^([A-Za-z]+)@([^#]+)(?:#(\d+))?$/.exec(s);
        if (!match) throw new Error(`ZHITU_FAULTS: cannot read the rule '${s}' (expected action@point[#n])`);
        return { action: match[1]!, point: match[2]!, nth: match[3] ? Number(match[3]) : null };
      });
  }
  return rules;
}

/**
 * Marks a point on a write or recovery path. Does nothing unless a rule of `ZHITU_FAULTS` names
 * it; then it kills the process (`kill`) or throws an error with that code (`ENOSPC`, `EIO`, ...).
 */
export function faultPoint(point: string): void {
  if (process.env.ZHITU_FAULT_TRACE) appendFileSync(process.env.ZHITU_FAULT_TRACE, `${point}\n`);
  const active = currentRules();
  if (active.length === 0) return;
  const count = (reached.get(point) ?? 0) + 1;
  reached.set(point, count);
  for (const rule of active) {
    if (rule.point !== point || (rule.nth !== null && rule.nth !== count)) continue;
    if (rule.action === 'kill') {
      process.kill(process.pid, 'SIGKILL');
      // SIGKILL is delivered at once on Linux; never go on in the meantime.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
    const error = new Error(`${rule.action}: injected failure at ${point}`) as NodeJS.ErrnoException;
    error.code = rule.action;
    throw error;
  }
}
