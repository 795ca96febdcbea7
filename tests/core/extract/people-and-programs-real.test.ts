import { describe, expect, it } from 'vitest';
import { names } from './helpers';

// #12 causes 6 and 7 on real pages (made-up sentences of the same shapes).
describe('people named after an honour', () => {
  it('reads a name after 劳动模范 or …获得者 as after a title', () => {
    expect(names('——访省级劳动模范邱长顺', 'person')).toEqual(['邱长顺']);
    expect(names('全国五一劳动奖章获得者孟振华介绍，这台设备去年投用。', 'person')).toEqual(['孟振华']);
  });
});
