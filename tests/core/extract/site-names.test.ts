import { describe, expect, it } from 'vitest';
import { extractor, mentions, names } from './helpers';

// Made-up examples of issue #12 cause 8 (named sites missed): a site named after its district's
// short form, with only generic words between (…体育公园, …大学城). None is taken from an evaluation page.

describe('sites opened by a place short form', () => {
  it('reads the short form and generic words before a site head as the site', () => {
    expect(names('江宁区总工会的职工篮球赛在江宁体育公园落幕。', 'place')).toContain('江宁体育公园');
  });
});

describe('tunnels, broken bridges and districts of a city (隧道, 断桥, 片区)', () => {
  it('reads a tunnel and a bridge named by a proper word as sites', () => {
    expect(names('施工队在青禾山隧道进口举行仪式。', 'place')).toEqual(['青禾山隧道']);
    expect(names('游客在青禾江断桥附近拍照。', 'place')).toEqual(['青禾江断桥']);
  });

  it('reads a 片区 named after a place as one place, inside the district before it', () => {
    expect(names('宣传队走进长沙市雨花区圭塘片区的工地。', 'place')).toEqual(['长沙市', '雨花区', '圭塘片区']);
  });
});

describe('sites inside a zone', () => {
  it('starts a site with a name of its own after the zone, inside it', () => {
    const found = mentions('企业落户柳州市高新区青禾工业园。');
    expect(found.filter((m) => m.type === 'place').map((m) => m.name)).toEqual(['柳州市高新区', '青禾工业园']);
    const rel = extractor()
      .extract('企业落户柳州市高新区青禾工业园。')
      .relations.filter((r) => r.type === 'located_in')
      .map((r) => `${r.source} -> ${r.target}`);
    expect(rel).toContain('青禾工业园 -> 柳州市高新区');
  });

  it('keeps a site named only by its zone whole', () => {
    expect(names('运动会在柳州市高新区体育中心举行。', 'place')).toEqual(['柳州市高新区体育中心']);
  });
});
