import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds the folder of the app's lexicons (`data/lexicons`): `ZHITU_LEXICON_DIR` if set, else the
 * nearest `data/lexicons` above this module (source tree or built bundle), else below the cwd.
 */
export function findLexiconDir(): string {
  const fromEnv = process.env.ZHITU_LEXICON_DIR;
  if (fromEnv && existsSync(join(fromEnv, 'README.md'))) return resolve(fromEnv);
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
      const candidate = join(dir, 'data', 'lexicons');
      if (existsSync(join(candidate, 'README.md'))) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error('Cannot find the lexicon folder data/lexicons (set ZHITU_LEXICON_DIR).');
}

/**
 * Reads one lexicon file: one entry per line, `#` starts a comment, columns separated by
 * whitespace, each column split on commas. Returns the rows (first column non-empty).
 */
export function readLexiconRows(dir: string, file: string): string[][][] {
  const text = readFileSync(join(dir, file), 'utf8');
  const rows: string[][][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const columns = line.split(/\s+/).map((col) => col.split(/[,，]/).map((s) => s.trim()).filter(Boolean));
    if (columns[0]?.length) rows.push(columns);
  }
  return rows;
}
