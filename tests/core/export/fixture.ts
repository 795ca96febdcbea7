import type { ArticleSummary, Evidence, GraphData, GraphEdge, GraphNode, NodeKind, RelationType } from '../../../electron/shared/types';

// Three articles of the sample page data/000_65facfb44480fdb1.txt.
const A_SZ = 'a_65facfb44480fdb1';
const A_ZS = 'a_9c1f02d7e4b83a60';
const A_JC = 'a_3e7d5b0c91f2a448';

export const ARTICLES: ArticleSummary[] = [
  {
    id: A_SZ,
    title: '深圳工会打造“12345+N”公益慈善生态体系',
    date: '2024-10-14',
    place: null,
    byline: [{ name: '刘友婷', role: '记者' }],
    source: 'data/000_65facfb44480fdb1.txt',
    chars: 2874,
    pageDate: '2024-10-14',
    dateSource: 'file-name',
  },
  {
    id: A_ZS,
    title: '“技能共富保”助力高素养劳动者队伍建设',
    date: '2024-10-14',
    place: null,
    byline: [{ name: '邹偶然', role: '记者' }],
    source: 'data/000_65facfb44480fdb1.txt',
    chars: 1210,
    pageDate: '2024-10-14',
    dateSource: 'file-name',
  },
  {
    id: A_JC,
    title: '全国建材行业工会建设经验交流活动提出 激发基层活力着力打造服务型工会',
    date: '2024-10-11',
    place: '河北邢台',
    byline: [{ name: '李昱霖', role: '记者' }],
    source: 'data/000_65facfb44480fdb1.txt',
    chars: 1015,
    pageDate: '2024-10-14',
    dateSource: 'dateline',
  },
];

const SENT = {
  founded: '据了解,深圳市职工发展基金会是由深圳市总工会1996年发起成立的公募基金。',
  role: '圈。”深圳市职工发展基金会秘书长夏海燕介绍道。',
  organisesSz: '据悉,该公益项目由深圳市职工发展基金会发起,标志着深圳工会打造“12345+N”公益慈善生态体系进一步丰富完善。',
  organisesZs: '据介绍,“技能共富保”是由浙江省舟山市总工会联合多部门创新推出的“2+4+N”金融保险产品,也是由政府指导,商业化运营,为技能人才和技能型企业量身定制的系列保险产品,旨在助推企业“以技增效”、职工“以技增收”。',
  roleYin: '本报讯(记者邹偶然)近日,中国太平洋财产保险股份有限公司舟山中心支公司业务员殷玲英将“个人人身意外伤害保险”“食品生产、加工、流通企业食品安全责任保险”两份保险单送到浙江冠泰堂食品有限公司。',
  activity: '本报讯(记者李昱霖)10月11日,全国建材行业工会建设经验交流活动在河北邢台举行。',
  program: '本报讯(记者刘友婷)近日,广东省深圳市“深工有爱 情满鹏城”2024年“99公益日”活动开展,通过募集社会资源,为因病致贫、因伤致困职工及新就业形态劳动者等职工群体提供“事前预防宣导一事中援帮扶一事后续关爱支持”多层次的公益服务。',
};

function ev(article: string, text: string, start: number, date: string | null): Evidence {
  return { article, start, end: start + text.length, text, date };
}

function node(id: string, type: NodeKind, name: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, type, name, aliases: [], mentions: 1, articles: [], degree: 0, weightedDegree: 0, ...extra };
}

function edge(type: RelationType, source: string, target: string, label: string, evidence: Evidence[], extra: Partial<GraphEdge> = {}): GraphEdge {
  const dates = evidence.map((e) => e.date).filter((d): d is string => d !== null).sort();
  return {
    id: `r_${type}_${source}_${target}`,
    type,
    source,
    target,
    label,
    weight: evidence.length,
    evidence,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    ...extra,
  };
}

/** Fills degree and weighted degree from the edges, as the graph layer does. */
export function withDegrees(graph: GraphData): GraphData {
  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const e of graph.edges) {
    for (const id of [e.source, e.target]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      weighted.set(id, (weighted.get(id) ?? 0) + e.weight);
    }
  }
  return {
    nodes: graph.nodes.map((n) => ({ ...n, degree: degree.get(n.id) ?? 0, weightedDegree: weighted.get(n.id) ?? 0 })),
    edges: graph.edges,
  };
}

/** A dozen entities of the sample page with typed, dated, evidenced relations, plus article nodes. */
export function sampleGraph(): GraphData {
  const nodes: GraphNode[] = [
    node('o_szzgh', 'organisation', '深圳市总工会', {
      aliases: ['深圳工会'],
      mentions: 3,
      articles: [A_SZ],
      color: '#123abc',
      note: '1996年发起成立基金会; 注: "工会" & <公益>',
      tags: ['工会', '深圳'],
      firstDate: '2024-10-14',
      lastDate: '2024-10-14',
      position: { x: 120.5, y: -40 },
    }),
    node('o_szjjh', 'organisation', '深圳市职工发展基金会', {
      aliases: ['基金会', '深圳市职工发展基金会·龙华区暖工基金'],
      mentions: 6,
      articles: [A_SZ],
      tags: ['公益慈善'],
      firstDate: '2024-10-14',
      lastDate: '2024-10-14',
      position: { x: 300, y: 10.25 },
    }),
    node('o_zszgh', 'organisation', '舟山市总工会', { mentions: 2, articles: [A_ZS], firstDate: '2024-10-14', lastDate: '2024-10-14' }),
    node('o_cpic', 'organisation', '中国太平洋财产保险股份有限公司舟山中心支公司', { articles: [A_ZS] }),
    node('o_jcgh', 'organisation', '中国机械冶金建材工会', { articles: [A_JC], manual: true, note: '手工添加\n第二行' }),
    node('p_xhy', 'person', '夏海燕', { articles: [A_SZ], firstDate: '2024-10-14', lastDate: '2024-10-14' }),
    node('p_yly', 'person', '殷玲英', { mentions: 2, articles: [A_ZS] }),
    node('p_lyt', 'person', '刘友婷', { articles: [A_SZ] }),
    node('g_sz', 'place', '深圳市', { code: '440300', mentions: 4, articles: [A_SZ] }),
    node('g_gd', 'place', '广东省', { code: '440000', articles: [A_SZ] }),
    node('g_zs', 'place', '舟山市', { code: '330900', mentions: 2, articles: [A_ZS], aliases: ['舟山'] }),
    node('g_zj', 'place', '浙江省', { code: '330000', mentions: 2, articles: [A_ZS] }),
    node('g_xt', 'place', '邢台市', { code: '130500', aliases: ['河北邢台'], articles: [A_JC] }),
    node('x_jngfb', 'program', '技能共富保', { mentions: 4, articles: [A_ZS], tags: ['金融保险'] }),
    node('x_sgya', 'program', '深工有爱 情满鹏城', { articles: [A_SZ] }),
    node(A_SZ, 'article', ARTICLES[0].title, { articles: [A_SZ], mentions: 0 }),
    node(A_ZS, 'article', ARTICLES[1].title, { articles: [A_ZS], mentions: 0 }),
  ];
  const edges: GraphEdge[] = [
    edge('founded', 'o_szzgh', 'o_szjjh', '发起成立', [ev(A_SZ, SENT.founded, 512, '1996')], { attrs: { year: 1996 } }),
    edge('role', 'p_xhy', 'o_szjjh', '秘书长', [ev(A_SZ, SENT.role, 1290, '2024-10-14')]),
    edge('organises', 'o_szjjh', 'x_sgya', '发起', [ev(A_SZ, SENT.organisesSz, 260, '2024-10-14')]),
    edge('organises', 'o_zszgh', 'x_jngfb', '推出', [ev(A_ZS, SENT.organisesZs, 230, '2024-10-14')]),
    edge('role', 'p_yly', 'o_cpic', '业务员', [ev(A_ZS, SENT.roleYin, 40, '2024-10-14')]),
    edge('located_in', 'o_szzgh', 'g_sz', '', [ev(A_SZ, SENT.founded, 512, '2024-10-14')], { attrs: { via: 'gazetteer' } }),
    edge('located_in', 'o_zszgh', 'g_zs', '', [ev(A_ZS, SENT.organisesZs, 230, '2024-10-14')], { attrs: { via: 'gazetteer' } }),
    edge('part_of', 'g_sz', 'g_gd', '', [ev(A_SZ, SENT.program, 30, '2024-10-14')]),
    edge('part_of', 'g_zs', 'g_zj', '', [ev(A_ZS, SENT.organisesZs, 230, '2024-10-14')]),
    edge('participates', 'o_jcgh', 'g_xt', '交流活动', [ev(A_JC, SENT.activity, 0, '2024-10-11')], { manual: true }),
    edge('co_occurs', 'o_szzgh', 'o_szjjh', '', [ev(A_SZ, SENT.founded, 512, '2024-10-14'), ev(A_SZ, SENT.organisesSz, 260, '2024-10-14')]),
    edge('co_occurs', 'p_xhy', 'o_szjjh', '', [ev(A_SZ, SENT.role, 1290, '2024-10-14')]),
    edge('co_occurs', 'o_zszgh', 'x_jngfb', '', [ev(A_ZS, SENT.organisesZs, 230, '2024-10-14')], { weight: 1.5 }),
    edge('partner', 'o_szjjh', 'o_szzgh', '联合', [ev(A_SZ, SENT.organisesSz, 260, '2024-10-14')], { manual: true }),
    edge('reported_by', A_SZ, 'p_lyt', '记者', [ev(A_SZ, '本报讯(记者刘友婷)', 0, '2024-10-14')]),
    edge('mentions', A_SZ, 'o_szzgh', '', [ev(A_SZ, SENT.founded, 512, '2024-10-14')], { weight: 3 }),
    edge('mentions', A_ZS, 'x_jngfb', '', [ev(A_ZS, SENT.organisesZs, 230, '2024-10-14')], { weight: 4 }),
  ];
  return withDegrees({ nodes, edges });
}
