/** Word lists the relation patterns are built from. Kept small and generic: no names. */

/** Titles that make a person a contestant of the article's competition. */
export const CONTESTANT_TITLE = /选手|参赛|运动员/;

/** Verbs by which an organisation runs a program; the matched text becomes the label. */
export const ORGANISE_VERBS: readonly string[] = [
  '发起', '主办', '承办', '协办', '推出', '开展', '举办', '组织', '设立', '搭建', '启动', '打造', '开办', '创办',
  '实施', '开设', '创建', '策划', '推行', '开通', '上线', '召开', '举行', '成立', '建立', '组建', '创立',
  '确定', '推广', '建成', '建设', '筹建', '培育', '探索', '赠送', '提供', '办理', '发放', '共建', '推动', '推进',
];

/** Organise verbs that are often nouns (`队伍建设`) or hand things out (`提供场地`): they govern only a name right after them. */
export const STRICT_OBJECT_VERB = /^(?:推动|推进|确定|建设|培育|推广|探索|赠送|提供|办理|发放)$/;

/** Verbs that, with an organisation as object, mean the agent founded it. */
export const FOUNDING_VERB = /成立|创立|创办|组建|设立|筹建|发起|建成|建设|打造/;

/** Words after which `组织` is a noun (社会组织, 工会组织), not the verb. */
export const NOUN_ZUZHI_BEFORE = /(社会|工会|党|团|群团|基层|自治|公益|志愿|民间|经济|国际|企业)$/;
/** Words after `组织` that make it a noun (组织中来, 组织覆盖). */
export const NOUN_ZUZHI_AFTER = /^(中来|中|的|覆盖|建设|体系|力|机构|架构)/;

/** Words that introduce partners of the subject (`联合A、B`). */
export const PARTNER_CUES: readonly string[] = ['联合', '携手', '联手', '会同', '协同'];

/**
 * What follows a coordinated list of organisations that act together (`A与B合作`, `A和B签订`),
 * within 8 characters of the clause (a place after 在 not counted), or 联合/共同 and a verb (`联合印发`).
 */
export const COOPERATION_AFTER =
  /^[^，,；;：:\uE000]{0,8}?(?:在\uE000+[^，,；;：:\uE000]{0,4}?)?(合作|携手|联手|签约|签订|签署|签下|结对|结成|达成|共建|联建|协作|对接|(?:联合|共同)[\u4e00-\u9fa5]{2})/;

/**
 * Titles of officials, managers, reporters and professionals who speak about a program rather than
 * take part in it (workers' titles such as 钢筋工, 驾驶员, 队长, 教师 are not among them).
 */
export const OFFICIAL_TITLE =
  /主席|书记|秘书长|局长|厅长|部长|处长|科长|主任|负责人|经理|董事长|总裁|院长|校长|站长|所长|馆长|行长|社长|会长|理事长|总监|记者|通讯员|摄影|编辑|律师|法官|教授|专家|研究员|省长|市长|县长|区长|镇长|乡长|村长|段长|厂长/;

/** Verbs of taking part; an entity list right before them participates. */
export const PARTICIPATE_VERBS: readonly string[] = [
  '报名参加', '参加', '参与', '参赛', '参训', '参保', '投保', '加入', '入选', '报名',
];

/** Which programs a participation verb points to when it has no object (`参赛` → a contest). */
export const IMPLICIT_TARGETS: Readonly<Record<string, RegExp>> = {
  参赛: /(赛|赛事|运动会|比武|擂台)$/,
  参保: /(保|保险)$/,
  投保: /(保|保险)$/,
  参训: /(培训班|培训|夜校|课程|训练营)$/,
};

/** A program name that is a competition. */
export const CONTEST_NAME = IMPLICIT_TARGETS['参赛'];

/**
 * True when a program mention is of `kind` (a contest, a training): by its canonical name or by
 * its surface, since a quoted program is named by its core (“茶乡杯”职工技能大赛 is 茶乡杯).
 */
export function programIs(kind: RegExp, p: { name: string; surface: string }): boolean {
  return kind.test(p.name) || kind.test(p.surface.replace(/[“”‘’"']/g, ''));
}

/** Nouns after an organisation list and a program that make the organisations its members (`“产改”试点企业`). */
export const MEMBER_NOUN = /^(试点|示范|成员|参与|参建|签约|入驻|合作|参保|承保)(企业|单位|学校|机构|医院|园区|工会)?/;

/** Verbs by which a program gives something to a person (`暖工基金为王先生送去慰问金`). */
export const BENEFIT_VERB = /^(送去|送来|送上|提供|发放|捐赠|捐助|资助|帮扶|颁发|解决|救助)/;
/** Nouns of help received (`得到X帮扶`). */
export const BENEFIT_NOUN = /^(的)?(帮扶|资助|救助|帮助|慰问|援助|补助|服务|支持|关爱)/;

/** Time words and adverbs that may stand before a clause's subject (`近日,`, `今年6月份以来,`). */
export const ADVERBIAL_PREFIX = new RegExp(
  '^(?:\\s|[◆■●▲★◇]|\\d+年|\\d+月份?|\\d+日|今年|去年|明年|近日|日前|目前|眼下|近期|近年来|多年来|以来|此前|随后|' +
    '同时|此外|另外|其中|据悉|据了解|据介绍|笔者|获悉|当天|当日|今天|昨天|上午|下午|晚上|并|又|还|也|已|正|' +
    '将|先后|下一步|今后|是)*$',
);

/**
 * Head nouns by which a text refers back to an organisation it named (`该公司`, `该厂`, `该段`,
 * `该车队`), longest first: the organisation is the nearest one before whose name ends with it.
 */
export const ORG_HEADS: readonly string[] = [
  '工会联合会', '联合工会', '联合会', '基金会', '项目部', '合作社', '车队', '公司', '集团', '中心', '协会',
  '工会', '单位', '学校', '医院', '银行', '企业', '机构', '车站', '厂', '段', '局', '站', '所', '院', '馆', '队', '矿', '会',
];
/** Heads that refer back without a demonstrative when a title and a name follow (`公司工会主席吴某说`). */
export const BARE_ORG_HEADS: readonly string[] = ['工会联合会', '联合工会', '项目部', '车队', '公司', '集团', '厂', '段'];
/**
 * A clause opening with a bare head noun that stands for the organisation named before, before
 * its verb (`段工会还推出…`, `项目部开办…`): single-character heads only with 工会 after them.
 */
export const BARE_ORG_SUBJECT = /^(?:(段|厂|公司|集团|车队|项目部)工会|(公司|集团|车队|项目部|工会联合会|联合工会))(?=还|也|又|将|已|今年|近年来|随后|同时|先后|积极|专门|主动|[会联携与在为向把将从对开推举组设启建实创搭提赠确])/;
/** Demonstratives before an organisation's head noun. */
export const ORG_DEMONSTRATIVE = '(?:该|此|这家|这个|本)';

/** Demonstratives that make a noun refer back (`该公益项目`). */
export const DEMONSTRATIVE = /^(该|此|这一|这个|这项|这些|本|上述|此次|本次|这|今年的|本届|当天的)/;

/** A demonstrative and an organisation's head noun standing for an organisation named before (`该中心`). */
// `该会` is a union or an association, `该会议` a meeting.
export const ORG_REFERENCE = new RegExp(`^${ORG_DEMONSTRATIVE}(${ORG_HEADS.join('|')})(?![议员场])`);

/** Head nouns of programs, for resolving `该项目`, `大赛` to a program named earlier. */
export const PROGRAM_HEAD =
  /(项目|活动|大赛|比赛|赛事|竞赛|运动会|联赛|锦标赛|比武|招聘会|交流会|晚会|讲座|论坛|展演|文化节|艺术节|基金|平台|产品|计划|行动|工程|培训班|培训|课程|夜校|驿站|服务|机制|品牌|体系|保险|保|赛)$/;

/** Suffixes that end an organisation's name, for splitting a branch from its parent. */
export const ORG_NAME_END = /(股份有限公司|有限责任公司|有限公司|集团|公司|总工会|工会|银行|基金会|协会|学会|商会|联合会|大学|学院|医院)$/;
/** Suffixes of sub-units: branches, committees, teams. */
export const SUB_UNIT_END =
  /(分公司|支公司|子公司|分行|支行|营业部|办事处|分会|分局|分院|分部|分所|分中心|委员会|代表队|工作室)$/;

/** Words that put the second organisation under the first (`A下属B`). */
export const SUBORDINATE_GAP = /^\s*(·|•|下属的?|旗下的?|所属的?)?\s*$/;

/** What may stand between two entities of one list once quotes are removed (`A、B和C`). */
export const LIST_JOINER = /^\s*(、|和|及|以及|与|同|跟|或|或者)?\s*$/;

/** Quotation marks, dropped before testing what stands between entities. */
export const QUOTES = /[“”‘’"'「」『』]/g;
