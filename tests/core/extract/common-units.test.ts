import { describe, expect, it } from 'vitest';
import { names } from './helpers';

// Made-up sentences (issue #12: generic phrases taken as organisation names): a word the segmenter
// tags as an institution but made of a common word and a one-character suffix names a kind of unit.

describe('common units are no organisations', () => {
  it('leaves a farm-stay courtyard alone', () => {
    expect(names('老李去年开办了农家院，生意红火。', 'organisation')).toEqual([]);
    expect(names('镇里的泥瓦工、农家院厨师都来参加培训。', 'organisation')).toEqual([]);
  });

  it("leaves a company's department alone when its sentence has named the company", () => {
    expect(names('技能比赛由公司工会和人力资源部共同举办。', 'organisation')).toEqual([]);
  });

  it('keeps a ministry named by a common word when no company precedes it', () => {
    expect(names('农业部发布通知，部署春耕工作。', 'organisation')).toEqual(['农业部']);
  });
});
