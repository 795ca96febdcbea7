import { describe, expect, it } from 'vitest';
import { names } from './helpers';

// Made-up examples of the shapes of issue #12 (organisation heads, name boundaries, false
// places), none taken from a page.

describe('homes and centres of a trade (issue #12 cause 4)', () => {
  it('reads …之家 named after a place, a zone or the body that runs it', () => {
    expect(names('昨天，青山区总工会在滨江服务区司机之家举行座谈会。', 'organisation')).toEqual(['青山区总工会', '滨江服务区司机之家']);
    expect(names('南岭镇渔港渔工之家今年接待渔民3000人次。', 'organisation')).toEqual(['南岭镇渔港渔工之家']);
    expect(names('枫桥童装商会职工之家由枫桥镇总工会指导建成。', 'organisation')).toEqual(['枫桥童装商会职工之家', '枫桥镇总工会']);
  });

  it('leaves a bare home of a trade alone', () => {
    expect(names('今年建成司机之家12个，职工之家覆盖全县。', 'organisation')).toEqual([]);
  });

  it('reads centres headed by a field verb (调解中心, 帮扶中心, 活动中心) after their place', () => {
    expect(names('东城区劳动争议调解中心揭牌成立。', 'organisation')).toEqual(['东城区劳动争议调解中心']);
    expect(names('平江市困难职工帮扶中心为职工办实事。', 'organisation')).toEqual(['平江市困难职工帮扶中心']);
    expect(names('永安街道群团活动中心开放。', 'organisation')).toEqual(['永安街道群团活动中心']);
  });
});

describe('a company name never runs back over the verb of its sentence (issue #12 cause 3)', () => {
  it('starts the name after a verb that precedes a proper word', () => {
    expect(names('高温来到龙潭港湾集装箱有限公司，职工坚守岗位。', 'organisation')).toEqual(['龙潭港湾集装箱有限公司']);
    expect(names('本次比赛得到宾士域保安有限公司的大力支持。', 'organisation')).toEqual(['宾士域保安有限公司']);
  });

  it('keeps a business verb and a brand verb after a place inside the name', () => {
    expect(names('富士胶片制造(深圳)有限公司开展培训。', 'organisation')).toEqual(['富士胶片制造(深圳)有限公司']);
    expect(names('职工来自江西联创光电科技股份有限公司。', 'organisation')).toEqual(['江西联创光电科技股份有限公司']);
  });
});

describe('false places (issue #12: place precision)', () => {
  it('reads a division named by an everyday word only when the text names the division it belongs to', () => {
    expect(names('他们深入城区、郊区、矿区慰问一线职工。', 'place')).toEqual([]);
    expect(names('小城镇建设步伐加快。', 'place')).toEqual([]);
    expect(names('阳泉市郊区的职工参加了培训。', 'place')).toEqual(['阳泉市', '郊区']);
  });

  it('starts a site after the words that describe it or name the area at large', () => {
    expect(names('游客来到内河主要港口参观。', 'place')).toEqual([]);
    expect(names('他每天在县城西门广场锻炼。', 'place')).toEqual(['西门广场']);
    expect(names('桦南县森铁文化园开园。', 'place')).toEqual(['桦南县', '森铁文化园']);
  });
});

describe('departments of a body before a title (issue #12: union departments)', () => {
  it('reads the body and leaves its department to the title', () => {
    expect(names('会上，红河州总工会女职工部部长王丽华作了发言。', 'organisation')).toEqual(['红河州总工会']);
    expect(names('青禾集团有限公司安全部部长赵明介绍了经验。', 'organisation')).toEqual(['青禾集团有限公司']);
    expect(names('公司人力资源部经理张丽说。', 'organisation')).toEqual([]);
  });

  it('keeps a ministry before its minister', () => {
    expect(names('国家青禾部部长王刚出席。', 'organisation')).toEqual(['国家青禾部']);
  });
});

describe('stations named by their city (issue #12 cause 4)', () => {
  it('reads 南昌站 and 长沙南站 as units (organisations), not places (convention 3 of 2026-12-05)', () => {
    expect(names('列车从赣州驶抵南昌站。', 'place')).toEqual(['赣州市', '南昌市']);
    expect(names('列车从赣州驶抵南昌站。', 'organisation')).toEqual(['南昌站']);
    expect(names('旅客在长沙南站出站口排队。', 'organisation')).toEqual(['长沙南站']);
  });

  it('keeps a station or office of a town with its own suffix an organisation', () => {
    expect(names('黄羊镇车站值班员林海说。', 'organisation')).toEqual(['黄羊镇车站']);
    expect(names('青禾镇文化站站长林海说。', 'organisation')).toEqual(['青禾镇文化站']);
  });
});

describe('brand words the name walk used to stop at (issue #12 cause 4)', () => {
  it('reads an adverb-like word after an unknown brand as part of a company name', () => {
    expect(names('骑手们来自桂邕即时配送服务有限公司。', 'organisation')).toEqual(['桂邕即时配送服务有限公司']);
  });

  it('drops a preposition the segmenter glued to the brand', () => {
    expect(names('驿站由桂邕即时配送服务有限公司工会负责日常管理。', 'organisation')).toEqual(['桂邕即时配送服务有限公司工会']);
  });

  it('still stops at an adverb after a company name that ends the subject', () => {
    expect(names('他们立即前往青禾物流有限公司。', 'organisation')).toEqual(['青禾物流有限公司']);
  });
});
