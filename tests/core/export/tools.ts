import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The GEXF 1.3 RELAX NG schema kept in the repository (CC BY 4.0, see its README). */
export const GEXF_RNG = path.resolve(import.meta.dirname, '../../fixtures/gexf-1.3/gexf.rng');

/** True when a command can be started. */
export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.error === undefined;
}

/** Runs xmllint against the GEXF schema; returns its exit code and messages. */
export function xmllintGexf(files: string[]): { ok: boolean; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
