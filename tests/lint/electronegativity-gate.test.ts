import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The CI gate over electronegativity's report, run as CI runs it, on reports shaped like the
// scanner's (tests/lint/fixtures/electronegativity): multi-line `sample` and `description` cells,
// quotes doubled inside cells, CRLF or LF rows, and what its racing writes of header and rows leave.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'electronegativity');
const fixture = (name: string): string => path.join(FIXTURES, name);

function gate(csv: string, ...rest: string[]): { code: number | null; out: string } {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/electronegativity-gate.mjs'), fixture(csv), fixture('allow.txt'), ...rest.map(fixture)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('electronegativity gate', () => {
  it('accepts a report whose findings are all allowlisted, multi-line cells included', () => {
    const run = gate('multiline.csv');
    expect(run.out).toContain('electronegativity: 3 finding(s), each accepted');
    expect(run.code).toBe(0);
  });

  it('agrees with the SARIF report of the same scan', () => {
    expect(gate('multiline.csv', 'multiline.sarif').code).toBe(0);
  });

  it('fails on a real HIGH finding and on a MEDIUM one the allowlist cannot accept, and names them', () => {
    const run = gate('findings.csv');
    expect(run.code).toBe(1);
    expect(run.out).toContain('MEDIUM AUXCLICK_JS_CHECK main/window.ts:12');
    expect(run.out).toContain('HIGH NODE_INTEGRATION_JS_CHECK main/other.ts:3');
    expect(run.out).not.toMatch(/PRELOAD_JS_CHECK|CSP_GLOBAL_CHECK|OPEN_EXTERNAL/);
  });

  it('refuses a report whose rows the header overwrote, instead of misreading it', () => {
    const run = gate('overwritten.csv');
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/report unreadable/);
  });

  it('refuses a CSV that lost the rows the SARIF report has', () => {
    const run = gate('header-only.csv', 'multiline.sarif');
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/lacks findings of the SARIF report: PRELOAD_JS_CHECK main\/window\.ts 17/);
  });
});
