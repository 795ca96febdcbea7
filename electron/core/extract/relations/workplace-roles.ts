import type { MentionIndex } from './anaphora';
import type { RoleLink } from './roles';
import type { RelationSink } from './sink';
import { maskedBetween } from './sentence-view';
import type { SentenceView } from './sentence-view';
import type { TitlePatterns } from './titles';

// Workplaces a worker's title points back to: companies, works, stations, mines, project offices.
const WORKPLACE = /(?:公司|集团|厂|站|段|矿|项目部|经理部|车间|医院|学校|小学|中学|合作社|码头|酒店|门店)$/;
// Titles of union officials, the press and public office belong to other bodies; bare 职工 says nothing.
const NOT_WORKPLACE_TITLE = /主席|书记|工会|队长|队员|选手|记者|通讯员|摄影|局长|厅长|省长|市长|县长|区长|镇长|乡长|村民|学员|学生|志愿者|党员|代表|会员|^(?:职工|工人|员工|女工|农民工)$/;
// What may stand before the title: the start of the sentence or clause, or a name list joiner.
const TITLE_START = /(?:^|[，,。；;：:、\s“”"]|和|及|与)$/;

const cache = new WeakMap<TitlePatterns, RegExp>();
function titleBefore(titles: TitlePatterns): RegExp {
  let re = cache.get(titles);
  if (!re) {
    re = new RegExp(`([^\\P{Script=Han}其他她的]{0,3}?(?:${titles.chain}))$`, 'u');
    cache.set(titles, re);
  }
  return re;
}

/**
 * `凌晨四点,A公司的码头上灯火通明。门机司机孙某坐在…`: a worker named with a title in a sentence that
 * names no organisation works at the workplace named last before it, in its paragraph or the one
 * before, when no other organisation came between.
 */
export function emitWorkplaceRoles(
  text: string,
  view: SentenceView,
  links: readonly RoleLink[],
  titles: TitlePatterns,
  named: MentionIndex,
  sink: RelationSink,
): void {
  if (view.mentions.some((m) => m.type === 'organisation')) return;
  const re = titleBefore(titles);
  for (const person of view.mentions) {
    if (person.type !== 'person' || person.surface.length < 2 || links.some((l) => l.person === person)) continue;
    // Another person opening the sentence (`钱芳说,其师傅邱某`) is who the sentence is about.
    if (view.mentions.some((m) => m.type === 'person' && m.end <= person.start)) return;
    const before = maskedBetween(view, view.start, person.start);
    const title = re.exec(before);
    if (!title || NOT_WORKPLACE_TITLE.test(title[1]) || !TITLE_START.test(before.slice(0, before.length - title[1].length))) continue;
    const paragraph = text.lastIndexOf('\n', view.start - 1);
    const previous = paragraph > 0 ? text.lastIndexOf('\n', paragraph - 1) : -1;
    const last = named.before(view.start, (m) => m.type === 'organisation' && m.start > previous);
    if (last && WORKPLACE.test(last.name) && !named.before(view.start, (m) => m.type === 'person' && m.start > last.end)) sink.add('role', person, last, title[1], view);
  }
}

