import { isBreak, isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import type { Recogniser } from '../rules/recogniser';
import type { PeopleIndex } from './people-index';
import { chooseNameEnd, looksLikeName, person, surnameAt } from './names';

/** A name of two or three characters right before 报道 or 摄. */
const CREDITED = /^([\u4e00-\u9fff]{2,3}?)(?:报道|摄)/;

/** Bylines: a credit (记者, 本报通讯员, 摄影) then names, or names before 摄 or in a line of credits. */
function findBylines(ctx: Ctx, index: PeopleIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const nameChunk = (start: number): number => {
    let k = start;
    while (k < text.length && isHanAt(text, k) && k - start < 5) k++;
    const chunk = text.slice(start, k);
    if (chunk.length >= 2 && chunk.length <= 4 && looksLikeName(ctx, chunk) && (k >= text.length || isBreak(text[k]) || index.roles.longestEnd(text, k) >= 0 || text[k] === '摄')) return k;
    // 通讯员孟某和报道: right before 报道 or 摄 the whole chunk is the name, whatever its last character.
    const credited = CREDITED.exec(text.slice(start, start + 6));
    if (credited && surnameAt(ctx, start)) return start + credited[1].length;
    const end = chooseNameEnd(ctx, start, 3);
    return end > 0 && (isBreak(text[end]) || /^(报道|摄|电)/.test(text.slice(end, end + 2))) ? end : -1;
  };
  for (let i = 0; i < text.length; i++) {
    const role = index.roles.longestAt(text, i);
    if (!role) continue;
    // A credit opens a byline: after a bracket, a space, the line start or 本报/新华社.
    const before = text[i - 1];
    if (i > 0 && !/[\s(（【[、，,:：]/.test(before) && !/[社报台站网讯电]/.test(before)) continue;
    let k = role.end;
    // Names after the credit: "记者李娜 通讯员潘文苑", "通讯员顾卫东 丁闻".
    for (;;) {
      while (text[k] === ' ' || text[k] === '\u3000' || text[k] === '、') k++;
      if (index.roles.longestEnd(text, k) >= 0) break;
      const end = nameChunk(k);
      if (end < 0) break;
      out.push(person(k, end, text.slice(k, end), 'person.byline'));
      k = end;
      if (text[k] !== ' ' && text[k] !== '\u3000' && text[k] !== '、') break;
    }
    i = Math.max(i, role.end - 1);
  }
  // A line made only of names and credits: "杨明清 本报记者 张楠 本报通讯员 赵可欣".
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const chunks = line.trim().split(/[\s\u3000]+/).filter(Boolean);
    const isCredit = (c: string): boolean => index.roles.get(c) !== undefined || c === '摄';
    if (chunks.length >= 2 && chunks.some(isCredit) && chunks.every((c) => isCredit(c) || looksLikeName(ctx, c))) {
      let from = lineStart;
      for (const c of chunks) {
        const at = text.indexOf(c, from);
        if (!isCredit(c)) out.push(person(at, at + c.length, c, 'person.byline-line'));
        from = at + c.length;
      }
    }
    // "… 本报记者 杨登峰 摄" at the end of a caption.
    const m = line.includes('摄') ? /([\u4e00-\u9fff]{2,4})[\s\u3000]*摄\s*$/.exec(line) : null;
    if (m && looksLikeName(ctx, m[1]) && (m.index === 0 || /[\s\u3000]/.test(line[m.index - 1]) || index.roles.get(line.slice(Math.max(0, m.index - 4), m.index).trim()) !== undefined)) {
      out.push(person(lineStart + m.index, lineStart + m.index + m[1].length, m[1], 'person.byline-photo'));
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** Reporters and photographers named in credits. */
export const bylineRules: Recogniser = {
  emits: ['person.byline', 'person.byline-line', 'person.byline-photo'],
  run: (ctx, env) => findBylines(ctx, env.idx.people),
};
