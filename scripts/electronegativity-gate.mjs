// Fails CI on electronegativity findings that are not accepted: any HIGH; a MEDIUM unless its
// check only asks for manual review and the allowlist accepts it; a lower one unless the
// allowlist ("CHECK_NAME file-substring # reason" per line) accepts it.
//
//   node scripts/electronegativity-gate.mjs report.csv allowlist.txt [report.sarif]
//
// The CSV is read with a real CSV parser (cells such as `sample` span several lines). The
// scanner writes the CSV's header and its rows with two concurrent writes, which can lose or
// overwrite rows; so a report that does not have the expected shape is refused (exit 2, run the
// scanner again), and when the scanner's SARIF report (written in one piece) is given, every
// finding in it must be in the CSV too. Exit codes: 0 accepted, 1 findings, 2 unreadable report.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

const COLUMNS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const SEVERITIES = new Set(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']);
const CHECK_ID = /^[A-Z][A-Z0-9_]*_CHECK$/;
// Checks the scanner marks for manual review: it flags every use of the feature, safe or not.
const REVIEW_ONLY = new Set(['PRELOAD_JS_CHECK']);

/** A report that cannot be trusted; the gate exits 2 on it. */
export class GarbledReport extends Error {}

/** The findings of an electronegativity CSV report: `{ check, severity, file, line }` per row. */
export function readCsvReport(text) {
  let records;
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    throw new GarbledReport(`the CSV report does not parse: ${error.message}`);
  }
  const header = (records.shift() ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== COLUMNS.join(',')) throw new GarbledReport(`unexpected CSV header: ${header.join(', ') || '(none)'}`);
  return records.map((cells, i) => {
    const [check, severity, , file, location] = cells.map((c) => c.trim());
    if (cells.length !== COLUMNS.length || !CHECK_ID.test(check) || !SEVERITIES.has(severity) || !/^\d+:\d+$/.test(location)) {
      throw new GarbledReport(`CSV record ${i + 1} is not a finding: ${JSON.stringify(cells).slice(0, 200)}`);
    }
    return { check, severity, file, line: Math.max(1, Number(location.split(':')[0])) };
  });
}

/** The findings of an electronegativity SARIF report: `{ check, file, line }` per result. */
export function readSarifReport(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new GarbledReport(`the SARIF report does not parse: ${error.message}`);
  }
  return (doc.runs ?? []).flatMap((run) =>
    (run.results ?? []).map((r) => {
      const where = r.locations?.[0]?.physicalLocation;
      return { check: r.ruleId, file: where?.artifactLocation?.uri ?? '', line: where?.region?.startLine ?? 1 };
    }),
  );
}

/** The allowlist: `{ check, file }` per line; a line without a reason is an error. */
export function readAllowlist(text) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [rule, ...reason] = l.split('#');
      const [check, file = ''] = rule.trim().split(/\s+/);
      if (!reason.join('#').trim()) throw new Error(`allowlist line without a reason: ${l}`);
      return { check, file };
    });
}

/** The findings that fail the gate, as lines of text. */
export function rejectedFindings(findings, allow) {
  const allowed = (f) => allow.some((a) => a.check === f.check && f.file.includes(a.file));
  const bad = [];
  for (const f of findings) {
    const where = `${f.severity} ${f.check} ${f.file}:${f.line}`;
    if (f.severity === 'HIGH') bad.push(where);
    else if (f.severity === 'MEDIUM' && !(REVIEW_ONLY.has(f.check) && allowed(f))) bad.push(where);
    else if (!allowed(f)) bad.push(`${where} (not in the allowlist)`);
  }
  return bad;
}

/** SARIF findings missing from the CSV (the CSV lost rows), as lines of text. */
export function missingFromCsv(csvFindings, sarifFindings) {
  const key = (f) => `${f.check} ${f.file} ${f.line}`;
  const inCsv = new Set(csvFindings.map(key));
  return sarifFindings.filter((f) => !inCsv.has(key(f))).map(key);
}

function main([csvFile, allowFile, sarifFile]) {
  try {
    const findings = readCsvReport(readFileSync(csvFile, 'utf8'));
    if (sarifFile) {
      const missing = missingFromCsv(findings, readSarifReport(readFileSync(sarifFile, 'utf8')));
      if (missing.length) throw new GarbledReport(`the CSV report lacks findings of the SARIF report: ${missing.join('; ')}`);
    }
    const bad = rejectedFindings(findings, readAllowlist(readFileSync(allowFile, 'utf8')));
    if (bad.length) {
      console.error(`electronegativity findings:\n${bad.join('\n')}`);
      return 1;
    }
    console.log(`electronegativity: ${findings.length} finding(s), each accepted in the allowlist with a reason`);
    return 0;
  } catch (error) {
    if (!(error instanceof GarbledReport)) throw error;
    console.error(`electronegativity report unreadable (run the scanner again): ${error.message}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
