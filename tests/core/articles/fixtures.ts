import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** The sample newspaper page shipped in data/. */
export const SAMPLE_PATH = join(root, 'data', '000_65facfb44480fdb1.txt');

/** Path of a fixture in tests/fixtures/articles. */
export const fixturePath = (name: string): string => join(root, 'tests', 'fixtures', 'articles', name);

/** The sample page's text. */
export const sampleText = (): string => readFileSync(SAMPLE_PATH, 'utf8');

/** A fixture's text. */
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/** Text without any whitespace, for comparing content across layouts. */
export const solid = (text: string): string => text.replace(/\s+/g, '');
