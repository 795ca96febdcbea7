import { describe, expect, it } from 'vitest';
import { names } from './helpers';

// Made-up examples of issue #12 cause 8 (named sites missed): a site named after its district's
// short form, with only generic words between (…体育公园, …大学城). None is taken from an evaluation page.

describe('sites opened by a place short form', () => {
  it('reads the short form and generic words before a site head as the site', () => {
    expect(names('江宁区总工会的职工篮球赛在江宁体育公园落幕。', 'place')).toContain('江宁体育公园');
  });
});
