import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../../electron/core/extract/relations';
import { edges, findMentions } from './mentions';
import type { EntitySpec } from './mentions';

const rel = (text: string, specs: EntitySpec[], type: Parameters<typeof edges>[1]): string[] => edges(extractRelations(text, findMentions(text, specs)), type);

describe('a program named with its descriptor (`“P”志愿服务队`)', () => {
  it('organises: the team noun inside the program mention still names the organisation that sends it', () => {
    const text = '6月10日,在青禾县石桥镇,青禾县总工会“田间送清凉”志愿服务队为农机手送去绿豆汤。';
    const specs: EntitySpec[] = [['organisation', '青禾县总工会'], ['program', '田间送清凉', '“田间送清凉”志愿服务队']];
    expect(rel(text, specs, 'organises')).toEqual(['青禾县总工会 -[志愿服务队]-> 田间送清凉']);
  });

  it('organises: a brand noun inside the mention (`“P”普法品牌`) too, and no link without one', () => {
    const brand = '宣传月是青禾省总工会“法暖青禾”普法品牌的重要内容。';
    expect(rel(brand, [['organisation', '青禾省总工会'], ['program', '法暖青禾', '“法暖青禾”普法品牌']], 'organises')).toEqual(['青禾省总工会 -[普法品牌]-> 法暖青禾']);
    const plain = '宣传月是青禾省总工会“法暖青禾”读本的重要内容。';
    expect(rel(plain, [['organisation', '青禾省总工会'], ['program', '法暖青禾', '“法暖青禾”读本']], 'organises')).toEqual([]);
  });
});

describe('located_in: 在A的B设立了“P”', () => {
  it('places the program at the site after 在A的, not at A', () => {
    const text = '区总还在东湖街道的青禾物流园设立了“户外职工暖心驿站”,免费提供茶水。';
    const specs: EntitySpec[] = [['place', '东湖街道'], ['place', '青禾物流园'], ['program', '户外职工暖心驿站']];
    const located = rel(text, specs, 'located_in');
    expect(located).toContain('户外职工暖心驿站 -[]-> 青禾物流园');
    expect(located).not.toContain('户外职工暖心驿站 -[]-> 东湖街道');
  });

  it('does not place a program after a site that 在 does not govern', () => {
    const text = '东湖街道的青禾物流园设立了“户外职工暖心驿站”。';
    expect(rel(text, [['place', '东湖街道'], ['place', '青禾物流园'], ['program', '户外职工暖心驿站']], 'located_in')).not.toContain('户外职工暖心驿站 -[]-> 青禾物流园');
  });
});

describe('part_of through short forms and references', () => {
  it('a union named by the short form of a unit the text names in full is part of that unit', () => {
    const text = '小站隶属青禾铁路局集团有限公司石门车务段。去年,石门车务段工会为沿线小站配齐了职工之家。';
    const specs: EntitySpec[] = [['organisation', '青禾铁路局集团有限公司石门车务段'], ['organisation', '石门车务段工会']];
    expect(rel(text, specs, 'part_of')).toContain('石门车务段工会 -[]-> 青禾铁路局集团有限公司石门车务段');
  });

  it('a bare 市总工会 is not read as the union of anything', () => {
    const text = '青禾市总工会今年建成职工之家20个。市总工会还推出了心理咨询服务。';
    expect(rel(text, [['organisation', '青禾市总工会'], ['organisation', '市总工会']], 'part_of')).toEqual([]);
  });

  it('`这个…小站,隶属B`: the unit a demonstrative and its head noun refer back to', () => {
    const text = '沿着铁路走40多公里,就到了青禾镇车站。这个只有11名职工的四等小站,隶属青禾铁路局集团有限公司石门车务段。';
    const specs: EntitySpec[] = [['organisation', '青禾镇车站'], ['organisation', '青禾铁路局集团有限公司石门车务段']];
    expect(rel(text, specs, 'part_of')).toEqual(['青禾镇车站 -[]-> 青禾铁路局集团有限公司石门车务段']);
  });

  it('no part_of when nothing named before ends with the head noun', () => {
    const text = '青禾县总工会今年新建职工之家。这个只有11名职工的四等小站,隶属青禾铁路局集团有限公司石门车务段。';
    const specs: EntitySpec[] = [['organisation', '青禾县总工会'], ['organisation', '青禾铁路局集团有限公司石门车务段']];
    expect(rel(text, specs, 'part_of')).toEqual([]);
  });
});

describe('the author of a signed article (`(作者单位:ORG)`)', () => {
  const specs: EntitySpec[] = [['person', '林海燕'], ['organisation', '青禾市总工会'], ['program', '机关干部周五下基层']];

  it('gives the credited author a role at the unit and reads `我们` outside quotations as the unit', () => {
    const text = '工会干部要多往一线跑\n□林海燕\n今年,我们在全市推行“机关干部周五下基层”制度,效果明显。\n(作者单位:青禾市总工会)';
    expect(rel(text, specs, 'role')).toEqual(['林海燕 -[作者单位]-> 青禾市总工会']);
    expect(rel(text, specs, 'organises')).toEqual(['青禾市总工会 -[推行]-> 机关干部周五下基层']);
  });

  it('does not read `我们` inside a quotation, nor without a signed unit', () => {
    const quoted = '□林海燕\n职工说:“今年,我们在厂里推行“机关干部周五下基层”制度。”\n(作者单位:青禾市总工会)';
    expect(rel(quoted, specs, 'organises')).toEqual([]);
    const unsigned = '□林海燕\n今年,我们在全市推行“机关干部周五下基层”制度。';
    expect(rel(unsigned, specs, 'organises')).toEqual([]);
    expect(rel(unsigned, specs, 'role')).toEqual([]);
  });
});

describe('他/她 standing for the person named before', () => {
  it('participates: `他在P中拿到一等奖` after the person is named', () => {
    const text = '今年48岁的宋建国已经在码头干了27年。去年,他在青禾省职工创新创效竞赛中拿到一等奖。';
    expect(rel(text, [['person', '宋建国'], ['program', '青禾省职工创新创效竞赛']], 'participates')).toEqual(['宋建国 -[获奖]-> 青禾省职工创新创效竞赛']);
  });

  it('role: `他所在的ORG` is where the person works', () => {
    const text = '记者见到宋建国时,他刚下班。他所在的青禾机械有限公司有职工300人。';
    expect(rel(text, [['person', '宋建国'], ['organisation', '青禾机械有限公司']], 'role')).toEqual(['宋建国 -[所在单位]-> 青禾机械有限公司']);
  });

  it('leaves 他们, 其他, pronouns inside quotations and credit names alone', () => {
    const specs: EntitySpec[] = [['person', '宋建国'], ['program', '青禾省职工创新创效竞赛']];
    expect(rel('宋建国带了三个徒弟。去年,他们在青禾省职工创新创效竞赛中拿到一等奖。', specs, 'participates')).toEqual([]);
    expect(rel('宋建国说:“去年,他在青禾省职工创新创效竞赛中拿到一等奖。”', specs, 'participates')).toEqual([]);
    expect(rel('(记者 宋建国)\n去年,他在青禾省职工创新创效竞赛中拿到一等奖。', specs, 'participates')).toEqual([]);
  });
});

describe('partner: organisations acting together', () => {
  it('`A与B、C签订`: B is a partner when the next list member is not a name found', () => {
    const text = '在区总工会的牵线下,青禾华宇电器有限公司与青禾区图书馆、青禾区文化馆签订了“文化进车间”共建协议。';
    // The place inside the unfound name is found (masked), as the extractor finds it.
    const specs: EntitySpec[] = [['organisation', '青禾华宇电器有限公司'], ['organisation', '青禾区图书馆'], ['place', '青禾区'], ['program', '文化进车间']];
    expect(rel(text, specs, 'partner')).toEqual(['青禾区图书馆 -[签订]-> 青禾华宇电器有限公司']);
  });

  it('`街道工会又联合B`: a union named without its 总 is the 街道总工会 named before', () => {
    const text = '东湖街道总工会发放了连心卡。今年,街道工会又联合青禾区法律援助中心,设立职工法律服务站。';
    const specs: EntitySpec[] = [['organisation', '东湖街道总工会'], ['organisation', '青禾区法律援助中心']];
    expect(rel(text, specs, 'partner')).toEqual(['东湖街道总工会 -[联合]-> 青禾区法律援助中心']);
  });
});

describe('roles read from the context of the sentence', () => {
  const port: EntitySpec[] = [['organisation', '青禾港务集团有限公司东港分公司'], ['person', '宋建国']];

  it('a worker with a title, in a sentence naming no organisation, works at the workplace named just before', () => {
    const text = '凌晨四点,青禾港务集团有限公司东港分公司的码头上灯火通明。门机司机宋建国坐在驾驶室里,把钢管放进船舱。';
    expect(rel(text, port, 'role')).toEqual(['宋建国 -[门机司机]-> 青禾港务集团有限公司东港分公司']);
  });

  it('no such role for union officials, team captains, bare 职工, or after a union', () => {
    expect(rel('凌晨四点,青禾港务集团有限公司东港分公司的码头上灯火通明。职工宋建国坐在驾驶室里。', port, 'role')).toEqual([]);
    expect(rel('来自青禾港务集团有限公司东港分公司的代表队获得冠军。队长宋建国说,队员都是装卸工。', port, 'role')).toEqual([]);
    const union: EntitySpec[] = [['organisation', '青禾市总工会'], ['person', '宋建国']];
    expect(rel('青禾市总工会走访了码头。门机司机宋建国坐在驾驶室里。', union, 'role')).toEqual([]);
  });

  it('`X当选为联合工会主席`: a head after the verb refers back to the organisation named before (a second role)', () => {
    const text = '青禾区快递行业联合工会成立。青禾速运有限公司快递员宋建国当选为联合工会主席。';
    const specs: EntitySpec[] = [['organisation', '青禾区快递行业联合工会'], ['organisation', '青禾速运有限公司'], ['person', '宋建国']];
    expect(rel(text, specs, 'role').sort()).toEqual(['宋建国 -[主席]-> 青禾区快递行业联合工会', '宋建国 -[快递员]-> 青禾速运有限公司']);
  });

  it('`X当选为ORG主席` with the name written out', () => {
    const text = '宋建国当选为青禾区快递行业联合工会主席。';
    expect(rel(text, [['organisation', '青禾区快递行业联合工会'], ['person', '宋建国']], 'role')).toEqual(['宋建国 -[主席]-> 青禾区快递行业联合工会']);
  });
});

describe('founded: `这是ORG组建的第一家…联合工会`', () => {
  const specs: EntitySpec[] = [['organisation', '青禾区快递行业联合工会'], ['organisation', '青禾区总工会']];

  it('the head noun after 的 is the organisation named before', () => {
    const text = '8月28日,青禾区快递行业联合工会成立。这是青禾区总工会牵头组建的第一家行业联合工会,首批吸纳17家企业。';
    expect(rel(text, specs, 'founded')).toEqual(['青禾区总工会 -[组建]-> 青禾区快递行业联合工会']);
  });

  it('nothing when the head noun names no organisation named before', () => {
    const text = '8月28日,青禾区快递行业联合工会成立。这是青禾区总工会牵头组建的第一个职工服务站,首批吸纳17家企业。';
    expect(rel(text, specs, 'founded')).toEqual([]);
  });
});

describe('participants and organisers referred to by head nouns', () => {
  it('`项目部作为首批参赛单位`: a bare head opening a clause is the unit named before, in the contest in force', () => {
    const text = '这是青禾建工集团有限公司东湖项目部承建的重点工程。8月初,“决战一百天”劳动竞赛由青禾市总工会主办,项目部作为首批参赛单位,把任务分解到班组。';
    const specs: EntitySpec[] = [['organisation', '青禾建工集团有限公司东湖项目部'], ['organisation', '青禾市总工会'], ['program', '决战一百天']];
    expect(rel(text, specs, 'participates')).toEqual(['青禾建工集团有限公司东湖项目部 -[参赛单位]-> 决战一百天']);
  });

  it('`A公司带来了60个技工岗位`: an employer at the job fair in force', () => {
    const text = '由青禾区总工会举办的“金秋招聘月”专场招聘会昨天举行。青禾电力设备有限公司带来了60个技工岗位,当天收到简历90多份。';
    const specs: EntitySpec[] = [['organisation', '青禾区总工会'], ['organisation', '青禾电力设备有限公司'], ['program', '金秋招聘月']];
    expect(rel(text, specs, 'participates')).toEqual(['青禾电力设备有限公司 -[带来]-> 金秋招聘月']);
    const noJobs = '由青禾区总工会举办的“金秋招聘月”专场招聘会昨天举行。青禾电力设备有限公司带来了60台设备。';
    expect(rel(noJobs, specs, 'participates')).toEqual([]);
  });

  it('`活动由X承办` opening a sentence: the program named just before', () => {
    const text = '5月20日,青禾煤业集团有限公司工会“安全家书进矿区”活动走进东山矿。活动由青禾煤业集团有限公司工会女职工委员会承办,已在9对矿井巡回开展。';
    const specs: EntitySpec[] = [['organisation', '青禾煤业集团有限公司工会'], ['organisation', '青禾煤业集团有限公司工会女职工委员会'], ['program', '安全家书进矿区']];
    expect(rel(text, specs, 'organises')).toContain('青禾煤业集团有限公司工会女职工委员会 -[承办]-> 安全家书进矿区');
  });

  it('a bare 活动 in a later clause, or two paragraphs on, names nothing', () => {
    const specs: EntitySpec[] = [['organisation', '青禾市妇联'], ['program', '安全家书进矿区']];
    expect(rel('“安全家书进矿区”活动走进东山矿。\n矿区职工很高兴。\n活动由青禾市妇联承办。', specs, 'organises')).toEqual([]);
  });
});
