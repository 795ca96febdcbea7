import { describe, expect, it } from 'vitest';
import { extractor, names } from './helpers';

// Made-up examples of issue #12 cause 4 (long names cut at a place or a unit after the parent's
// name): the longest name the text gives is the organisation, and a branch or unit is part of the
// parent the name starts with. None is taken from an evaluation page.

const partOf = (text: string): string[] =>
  extractor()
    .extract(text)
    .relations.filter((r) => r.type === 'part_of')
    .map((r) => `${r.source} -> ${r.target}`);

describe('bank branches (分行, 支行)', () => {
  it('reads a bank, its place and 分行/支行 as one organisation, part of the bank', () => {
    const text = '青禾县总工会与中国建设银行南平分行签约推出“工福贷”。活动由兴业银行漳州芗城支行承办。';
    expect(names(text, 'organisation')).toEqual(['青禾县总工会', '中国建设银行南平分行', '兴业银行漳州芗城支行']);
    expect(partOf(text)).toEqual(['中国建设银行南平分行 -> 中国建设银行', '兴业银行漳州芗城支行 -> 兴业银行']);
  });

  it('does not make a branch of bare 分行 or 支行', () => {
    expect(names('该行从分行到支行都派人参加。', 'organisation')).toEqual([]);
  });
});

describe('a one-character head alone before a verb (厅, 局)', () => {
  it('reads an office written in full after its province or city', () => {
    expect(names('活动由福建省总工会、福建省人力资源和社会保障厅联合主办。', 'organisation')).toEqual(['福建省总工会', '福建省人力资源和社会保障厅']);
  });

  it('reads no office from a bare head or a short word before it', () => {
    expect(names('他每天按时到局里上班，局召开了会议。', 'organisation')).toEqual([]);
  });
});

describe('a verb of the field inside a name written in full (帮扶, 输电)', () => {
  it('reads through the verb when nouns lead back to a division', () => {
    expect(names('助学金由厦门市职工帮扶基金会资助。', 'organisation')).toEqual(['厦门市职工帮扶基金会']);
    expect(names('南平市电业局输电工区连夜抢修线路。', 'organisation')).toEqual(['南平市电业局输电工区']);
  });

  it('stops at the verb when no division starts the name', () => {
    expect(names('这家企业职工帮扶基金会成立了。', 'organisation')).toEqual([]);
  });
});

describe("a company's sections, their offices and unions (段, 所, 工会)", () => {
  const text = '中国铁路成都局集团有限公司贵阳机务段贵阳北整备所。夜里，贵阳机务段工会为职工送去清凉。';

  it('reads the company, its section and the section’s office as one name, with the section inside it', () => {
    expect(names(text, 'organisation')).toEqual([
      '中国铁路成都局集团有限公司贵阳机务段贵阳北整备所',
      '中国铁路成都局集团有限公司贵阳机务段',
      '贵阳机务段工会',
    ]);
  });

  it('puts the office and the section’s union under the section', () => {
    expect(partOf(text)).toEqual([
      '中国铁路成都局集团有限公司贵阳机务段贵阳北整备所 -> 中国铁路成都局集团有限公司贵阳机务段',
      '贵阳机务段工会 -> 中国铁路成都局集团有限公司贵阳机务段',
    ]);
  });

  it('keeps the body before a section in the name of the section’s union', () => {
    expect(names('南宁铁路局柳州车务段工会组织职工开展义诊。', 'organisation')).toEqual(['南宁铁路局柳州车务段工会']);
  });

  it('reads the union of a section before a title as the union (its chair is the union’s)', () => {
    const text = '南宁铁路局柳州车务段工会主席林海说，今年将为职工送清凉。';
    expect(names(text, 'organisation')).toEqual(['南宁铁路局柳州车务段工会']);
    const roles = extractor()
      .extract(text)
      .relations.filter((r) => r.type === 'role')
      .map((r) => `${r.source} -> ${r.target} [${r.label}]`);
    expect(roles).toEqual(['林海 -> 南宁铁路局柳州车务段工会 [主席]']);
  });

  it('reads a mutual-aid society as an organisation', () => {
    expect(names('平台由泉州市职工互助会负责运营。', 'organisation')).toEqual(['泉州市职工互助会']);
  });
});

describe('a numbered unit before the place of its site (中建X局 + place + 项目部)', () => {
  it('keeps the numbered unit and its brand at the start of the name', () => {
    expect(names('市总工会走进中建三局武昌区安居小区项目部，为农民工送清凉。', 'organisation')).toEqual(['市总工会', '中建三局武昌区安居小区项目部']);
  });
});

describe('a plant named by a product word glued to 厂, after its company', () => {
  it('reads the company and the plant as one name, with the company inside it', () => {
    const text = '林海是柳州华宇钢铁有限公司宽厚板厂设备点检班班长。';
    expect(names(text, 'organisation')).toEqual(['柳州华宇钢铁有限公司宽厚板厂', '柳州华宇钢铁有限公司']);
    expect(partOf(text)).toEqual(['柳州华宇钢铁有限公司宽厚板厂 -> 柳州华宇钢铁有限公司']);
  });

  it('reads no plant from 建厂 after a company', () => {
    expect(names('青禾机械有限公司建厂十年。', 'organisation')).toEqual(['青禾机械有限公司']);
  });
});

describe('one-character heads that are no office (所 after a number, 部 after directions)', () => {
  it('reads 12所 before the noun it counts as a quantity', () => {
    expect(names('工会慰问了青禾大学城8所高校的教师。', 'organisation')).toEqual([]);
  });

  it('reads the directions before 部 after a place as a part of the region', () => {
    const text = '线路横跨甘肃省中西部的戈壁。';
    expect(names(text, 'organisation')).toEqual([]);
    expect(names(text, 'place')).toEqual(['甘肃省']);
  });
});

describe('a caption opening with 图为', () => {
  it('starts the name after 图为', () => {
    expect(names('图为青禾精工机械有限公司的职工在起点合影。', 'organisation')).toEqual(['青禾精工机械有限公司']);
  });
});

describe('a bare head before a suffix (项目部党工委)', () => {
  it('names no organisation, while a zone’s 党工委 is one', () => {
    expect(names('项目部党工委书记林海介绍了工程进度。', 'organisation')).toEqual([]);
    expect(names('青禾经济开发区党工委召开会议。', 'organisation')).toEqual(['青禾经济开发区党工委']);
  });
});

describe('a national body of a trade (全国…总工会)', () => {
  it('reads 全国 and the trade before a union head as the name', () => {
    expect(names('活动由全国邮电总工会主办。', 'organisation')).toEqual(['全国邮电总工会']);
  });

  it('reads no name from 全国 with a quantifier', () => {
    expect(names('全国各级工会要加强服务。', 'organisation')).toEqual([]);
  });
});

describe("a company's unit after its line of business (…集团 + 高速公路 + place + 管理中心)", () => {
  it('reads the company, the line and the unit as one name', () => {
    expect(names('市总工会会同福建省交通投资集团高速公路泉州管理中心，把服务区建成驿站。', 'organisation')).toEqual([
      '市总工会',
      '福建省交通投资集团高速公路泉州管理中心',
    ]);
  });
});

describe("a character the segmenter cut off a branch's place (…有限公司遇|仙湖分公司)", () => {
  it('reads it as part of the branch, joined to the company', () => {
    const text = '青禾文化旅游有限公司遇仙湖分公司的船工林海说。';
    expect(names(text, 'organisation')).toEqual(['青禾文化旅游有限公司遇仙湖分公司']);
    expect(partOf(text)).toEqual(['青禾文化旅游有限公司遇仙湖分公司 -> 青禾文化旅游有限公司']);
  });

  it('never joins through a conjunction', () => {
    expect(names('青禾物流有限公司与柳州分公司签订协议。', 'organisation')).toEqual(['青禾物流有限公司', '柳州分公司']);
  });
});
