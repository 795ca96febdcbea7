import { describe, expect, it } from 'vitest';
import { names } from './helpers';

// Made-up examples of villages and zones the gazetteer does not list (issue #12 causes 5 and 8), none taken
// from a page: checks of the village name against the segmentation, not the segmenter's words alone.

describe('villages named with their suffix (issue #12 cause 8)', () => {
  it('reads a village the segmenter keeps whole as one word', () => {
    expect(names('慰问组来到石岭镇南山村的农户家中。', 'place')).toEqual(['石岭镇', '南山村']);
  });

  it('reads a village named after a city short form, not the city (苏州村 is no 苏州市)', () => {
    expect(names('工作队驻扎在石岭镇苏州村的村委会。', 'place')).toEqual(['石岭镇', '苏州村']);
    expect(names('扶贫队走进宝山镇福州村和兰溪村。', 'place')).toEqual(['宝山镇', '福州村', '兰溪村']);
  });

  it('reads a village whose suffix the segmenter glued to the last character of its name', () => {
    expect(names('他们走访了云簸山村。', 'place')).toEqual(['云簸山村']);
    expect(names('来自蒲溪山村的村民说。', 'place')).toEqual(['蒲溪山村']);
  });

  it('starts the village after a level character cut off as a word of its own', () => {
    expect(names('培训班开进了东坡镇杏林村。', 'place')).toEqual(['东坡镇', '杏林村']);
  });

  it('leaves common words for a village alone', () => {
    expect(names('偏远山村的孩子上学难。', 'place')).toEqual([]);
    expect(names('他家住在附近的一个小山村。', 'place')).toEqual([]);
  });
});

describe('zones the segmenter keeps whole as one word (issue #12 cause 8)', () => {
  it('reads a zone named after its city even when it is one word of the segmenter', () => {
    expect(names('在大连经济技术开发区，技术工人跳槽并不鲜见。', 'place')).toEqual(['大连经济技术开发区']);
    expect(names('武汉经济技术开发区聚集企业上万家。', 'place')).toEqual(['武汉经济技术开发区']);
  });
});

describe('sites named after a city by its short form (issue #12 cause 8: place fragments)', () => {
  it('keeps a short form inside the site it names, and starts the site after a place named in full', () => {
    expect(names('游客来到绍兴鉴湖旅游区游玩。', 'place')).toEqual(['绍兴鉴湖旅游区']);
    expect(names('游客来到绍兴市鉴湖旅游区游玩。', 'place')).toEqual(['绍兴市', '鉴湖旅游区']);
  });
});

describe('market towns and university towns are sites (issue #12 cause 8)', () => {
  it('reads …商贸城 and …大学城 named after a place or a proper name', () => {
    expect(names('摊主在临沂国际商贸城经营服装。', 'place')).toEqual(['临沂国际商贸城']);
    expect(names('学生们住在仙林大学城。', 'place')).toEqual(['仙林大学城']);
  });
});
