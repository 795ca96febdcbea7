import { describe, expect, it } from 'vitest';
import { names } from './helpers';

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
