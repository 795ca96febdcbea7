import { describe, expect, it } from 'vitest';
import { names } from './helpers';

describe('organisation names', () => {
  it('reads an office named for two fields through its conjunction, after a place', () => {
    expect(names('宜兴市文化和旅游局发布通知。', 'organisation')).toEqual(['宜兴市文化和旅游局']);
    expect(names('杭州市住房和城乡建设局开展检查。', 'organisation')).toEqual(['杭州市住房和城乡建设局']);
    expect(names('长沙县商务和粮食局召开会议。', 'organisation')).toEqual(['长沙县商务和粮食局']);
  });
});

describe('program names', () => {
  it('carries no quote marks in its canonical name, whatever the quoted part', () => {
    expect(names('市总工会打造“1+3+N”职工服务体系。', 'program')).toEqual(['1+3+N职工服务体系']);
  });
});
