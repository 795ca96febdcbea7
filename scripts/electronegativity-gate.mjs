// Fails when electronegativity reports a HIGH or MEDIUM finding, or a lower one that the
// allowlist does not accept with a reason ("CHECK_NAME file-substring # reason" per line).
import { readFileSync } from 'node:fs';

const [csvFile, allowFile] = process.argv.slice(2);
const rows = readFileSync(csvFile, 'utf8').trim().split('\n').slice(1).filter(Boolean);
const allow = readFileSync(allowFile, 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [rule, reason = ''] = l.split('#');
    const [check, file = ''] = rule.trim().split(/\s+/);
    if (!reason.trim()) throw new Error(`allowlist line without a reason: ${l}`);
    return { check, file };
  });
const split = (line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
const header = split(readFileSync(csvFile, 'utf8').split('\n')[0]);
const col = (name) => header.findIndex((h) => h.toLowerCase().includes(name));
const [iCheck, iSeverity, iFile] = [col('issue'), col('severity'), col('file')];
// Checks the scanner marks for manual review: it flags every use of the feature, safe or not.
const REVIEW_ONLY = new Set(['PRELOAD_JS_CHECK']);
const allowed = (check, file) => allow.some((a) => a.check === check && file.includes(a.file));
const bad = [];
for (const row of rows) {
  const cells = split(row);
  const check = cells[iCheck] ?? '';
  const severity = (cells[iSeverity] ?? '').toUpperCase();
  const file = cells[iFile] ?? '';
  if (severity === 'HIGH') bad.push(`${severity} ${check} ${file}`);
  else if (severity === 'MEDIUM' && !(REVIEW_ONLY.has(check) && allowed(check, file))) bad.push(`${severity} ${check} ${file}`);
  else if (!allowed(check, file)) bad.push(`${severity} ${check} ${file} (not in the allowlist)`);
}
if (bad.length) {
  console.error(`electronegativity findings:\n${bad.join('\n')}`);
  process.exit(1);
}
console.log(`electronegativity: ${rows.length} finding(s), each accepted in the allowlist with a reason`);
