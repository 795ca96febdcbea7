import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../../electron/core/extract/relations';
import { named, names } from './helpers';
import { edges, findMentions } from './relations/mentions';

// #12 cause 7: variants of one program become one entity, and two programs never become one.
describe('quoted program names with a descriptor', () => {
  it('names the program by its quoted core whatever words follow the quote', () => {
    expect(named('青禾县总工会开设“巧匠传承”研修班,学员结业后再上“巧匠传承”实训课堂。', 'program')).toEqual([
      '巧匠传承[“巧匠传承”研修班|“巧匠传承”实训课堂]',
    ]);
  });

  it('gives the same name in two articles that describe the program differently', () => {
    const one = names('市总工会推出“鹭岛工惠”手机服务平台,注册职工过万。', 'program');
    const two = names('职工可通过“鹭岛工惠”手机平台预约体检。', 'program');
    expect(one).toEqual(['鹭岛工惠']);
    expect(two).toEqual(one);
  });

  it('keeps two programs with different quoted cores apart', () => {
    expect(names('县总工会举办“金匠杯”职工技能大赛,又承办了“银匠杯”职工技能大赛。', 'program')).toEqual(['金匠杯', '银匠杯']);
  });

  it('keeps the whole name when the quote marks only a two-character word inside it', () => {
    expect(names('市总工会启动“两节”送温暖活动。', 'program')).not.toContain('两节');
  });

  it('still sees the contest in a quoted name with a contest tail', () => {
    const text = '“茶园杯”职工技能大赛在青禾县开幕。开幕式上,主办方为赵明、钱芳等10名上届获奖选手颁发证书。';
    const specs: Parameters<typeof findMentions>[1] = [
      ['program', '茶园杯', '“茶园杯”职工技能大赛'],
      ['person', '赵明'],
      ['person', '钱芳'],
    ];
    expect(edges(extractRelations(text, findMentions(text, specs)), 'participates')).toEqual(['赵明 -[获奖]-> 茶园杯', '钱芳 -[获奖]-> 茶园杯']);
  });
});

describe('a program named by the tail of its full name', () => {
  it('is the full name used earlier in the same article', () => {
    expect(names('青禾市启动“青禾百万职工素质提升行动”。各级工会要把素质提升行动作为重要抓手。', 'program')).toEqual(['青禾百万职工素质提升行动']);
  });

  it('stays apart when it comes first, or when two full names end with it', () => {
    expect(names('各级工会要把素质提升行动作为抓手。青禾市随后启动“青禾百万职工素质提升行动”。', 'program')).toEqual([
      '素质提升行动',
      '青禾百万职工素质提升行动',
    ]);
    const both = names('“青禾百万职工素质提升行动”和“鹭江百万职工素质提升行动”同时启动。两地的素质提升行动各有侧重。', 'program');
    expect(both).toContain('素质提升行动');
  });
});
