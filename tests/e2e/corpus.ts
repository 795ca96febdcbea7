import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACES = [
  '北京市', '上海市', '天津市', '重庆市', '广州市', '深圳市', '杭州市', '南京市', '成都市', '武汉市', '西安市', '郑州市',
  '长沙市', '沈阳市', '大连市', '青岛市', '济南市', '合肥市', '福州市', '厦门市', '南昌市', '昆明市', '贵阳市', '南宁市',
  '海口市', '兰州市', '西宁市', '银川市', '太原市', '石家庄市', '呼和浩特市', '长春市', '哈尔滨市', '苏州市', '无锡市', '宁波市',
  '温州市', '佛山市', '东莞市', '珠海市', '汕头市', '泉州市', '烟台市', '潍坊市', '徐州市', '常州市', '扬州市', '绍兴市',
];
const FIELDS = [
  '机械', '冶金', '建材', '教育', '科技', '卫生', '交通', '电力', '邮电', '金融', '商业', '农林', '水利', '化工', '纺织', '轻工',
  '能源', '铁路', '民航', '旅游', '文化', '体育', '环保', '物流', '建筑', '信息', '海员', '烟草', '粮食', '医药',
];
const SUFFIXES = ['工会', '协会', '基金会', '研究会', '商会'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁'];
const GIVEN = [...'海涛静军楠欣丰娜明华强伟芳敏磊洋勇艳杰超霞平刚桂英建国志红春秋文斌'];
const TITLES = ['主席', '副主席', '秘书长', '理事长', '会长'];
const VERBS = ['联合举办', '共同主办', '联合开展', '携手举办'];
const EVENTS = ['职工技能竞赛', '劳模工匠论坛', '职工文化节', '安全生产培训', '困难职工帮扶活动', '青年职工座谈会'];

/** A small deterministic random source (LCG), so that every run writes the same corpus. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface CorpusOptions {
  /** Articles to write (default 5,000). */
  articles?: number;
  /** Articles per page file (default 20). */
  perPage?: number;
  /** Distinct organisations to draw from (default 2,400). */
  organisations?: number;
  seed?: number;
}

/**
 * Writes a generated corpus of news pages into `dir` and returns the file paths. Each article
 * has a headline, a dateline with a full 2024 date, and sentences naming two to four
 * organisations (drawn with a heavy tail, so that a few are hubs), people with their titles, and
 * joint events: enough structure for a graph of thousands of entities with communities.
 */
export async function writeCorpus(dir: string, options: CorpusOptions = {}): Promise<string[]> {
  const articles = options.articles ?? 5000;
  const perPage = options.perPage ?? 20;
  const orgCount = options.organisations ?? 2400;
  const rand = random(options.seed ?? 20241014);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const orgs: string[] = [];
  const seen = new Set<string>();
  while (orgs.length < orgCount && seen.size < PLACES.length * FIELDS.length * SUFFIXES.length) {
    const name = `${pick(PLACES)}${pick(FIELDS)}${pick(SUFFIXES)}`;
    if (!seen.has(name)) orgs.push(name);
    seen.add(name);
  }
  // Organisations in groups of 12 that mostly act together: communities for the layout to show.
  const group = (i: number): string[] => orgs.slice(Math.floor(i / 12) * 12, Math.floor(i / 12) * 12 + 12);
  const heavy = (): number => Math.floor(orgs.length * rand() ** 2.2);
  // Each organisation has one leader; a small pool of reporters writes every article.
  const leader = (name: string): string => {
    let h = 0;
    for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return SURNAMES[h % SURNAMES.length] + GIVEN[(h >>> 8) % GIVEN.length] + GIVEN[(h >>> 16) % GIVEN.length];
  };
  const reporters = Array.from({ length: 40 }, (_, i) => SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13 + 5) % GIVEN.length]);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let p = 0; p * perPage < articles; p++) {
    const out: string[] = [];
    const month = 1 + (p % 12);
    for (let a = 0; a < perPage && p * perPage + a < articles; a++) {
      const first = heavy();
      const mates = group(first);
      const others = [orgs[first], pick(mates), rand() < 0.5 ? pick(mates) : orgs[heavy()]];
      const day = 1 + Math.floor(rand() * 28);
      out.push(`${others[0]}${pick(EVENTS)}${pick(['', '取得实效', '圆满落幕', '启动'])}`);
      const lead = `本报讯(记者${pick(reporters)})2024年${month}月${day}日，${others[0]}与${others[1]}${pick(VERBS)}${pick(EVENTS)}。`;
      const chair = `${others[0]}${pick(TITLES)}${leader(others[0])}出席并讲话。`;
      const more = `${others[2]}${pick(TITLES)}${leader(others[2])}表示，将与${others[1]}加强合作。`;
      out.push(lead + chair);
      out.push(more + `活动吸引了${10 + Math.floor(rand() * 500)}名职工参加。`);
    }
    const file = join(dir, `page-${String(p).padStart(4, '0')}.txt`);
    await writeFile(file, out.join('\n\n'));
    files.push(file);
  }
  return files;
}
