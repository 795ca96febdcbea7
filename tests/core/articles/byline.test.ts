import { describe, expect, it } from 'vitest';
import { captionCredit, parseBylineLine, trailingCredit } from '../../../electron/core/articles/byline';
import { parseDateline } from '../../../electron/core/articles/dateline';

const pairs = (entries: Array<{ name: string; role: string }> | null | undefined): Array<[string, string]> | null =>
  entries ? entries.map((e) => [e.name, e.role]) : null;

describe('parseBylineLine', () => {
  it.each([
    ['本报记者 李丰', [['李丰', '记者']]],
    ['杨明清 本报记者 张楠 本报通讯员 赵可欣', [['杨明清', '作者'], ['张楠', '记者'], ['赵可欣', '通讯员']]],
    ['本报记者 杨登峰 摄', [['杨登峰', '摄影']]],
    ['新华社记者 李安 摄', [['李安', '摄影']]],
    ['本报记者 张三 李四', [['张三', '记者'], ['李四', '记者']]],
    ['文/本报记者 赵刚', [['赵刚', '记者']]],
    ['图/王五', [['王五', '摄影']]],
    ['(本报记者 林雅 通讯员 陈一鸣)', [['林雅', '记者'], ['陈一鸣', '通讯员']]],
    ['本报记者李丰', [['李丰', '记者']]],
    ['记者 欧阳明 通讯员 阿不都·热合曼', [['欧阳明', '记者'], ['阿不都·热合曼', '通讯员']]],
  ])('reads %s', (line, expected) => {
    expect(pairs(parseBylineLine(line))).toEqual(expected);
  });

  it.each(['记者走基层', '新闻特写', '职工夜校“送课上门”', '一线职工上演精彩“吉他秀”', '记者 走进 工厂车间', '张三 李四', '本报记者 李丰说,活动很成功。'])(
    'does not take %s for a byline',
    (line) => {
      expect(parseBylineLine(line)).toBeNull();
    },
  );
});

describe('captionCredit and trailingCredit', () => {
  it('finds the photo credit at the end of a caption', () => {
    const caption = '10月12日,游客正在拍摄钢铁锻造技艺。吸引众多游客前来旅游“打卡”。 本报记者 杨登峰 摄';
    const credit = captionCredit(caption);
    expect(pairs(credit?.entries)).toEqual([['杨登峰', '摄影']]);
    expect(caption.slice(credit?.start)).toBe(' 本报记者 杨登峰 摄');
    expect(pairs(captionCredit('农民在田间收获玉米。(新华社记者 李安 摄)')?.entries)).toEqual([['李安', '摄影']]);
    expect(captionCredit('他说,这张照片是他拍摄。')).toBeNull();
  });

  it('finds a bracketed byline closing a paragraph', () => {
    expect(pairs(trailingCredit('活动取得实效。(本报记者 张三 通讯员 李四)')?.entries)).toEqual([['张三', '记者'], ['李四', '通讯员']]);
    expect(trailingCredit('活动覆盖全市(含县区)')).toBeNull();
  });
});

describe('parseDateline', () => {
  it('reads 本报讯 with reporters and correspondents', () => {
    const d = parseDateline('本报讯(记者庞慧敏 通讯员蒙忠南)近日,广西壮族自治区河池市总工会组织慰问组');
    expect(pairs(d?.byline)).toEqual([['庞慧敏', '记者'], ['蒙忠南', '通讯员']]);
    expect(d?.place).toBeNull();
    expect(d?.date).toBeNull();
    expect(d?.length).toBe('本报讯(记者庞慧敏 通讯员蒙忠南)'.length);
  });

  it('lets a name without a role take the role before it', () => {
    expect(pairs(parseDateline('本报讯(通讯员顾卫东 丁闻)笔者近日获悉')?.byline)).toEqual([['顾卫东', '通讯员'], ['丁闻', '通讯员']]);
  });

  it('reads place and date from 本报北京10月11日电 and 新华社上海10月9日电', () => {
    const a = parseDateline('本报北京10月11日电(记者张三)会议召开');
    expect([a?.place, a?.date, pairs(a?.byline)]).toEqual(['北京', { year: null, month: 10, day: 11 }, [['张三', '记者']]]);
    const b = parseDateline('新华社上海10月9日电 (记者陈静)上海市民政局9日发布消息');
    expect([b?.place, b?.date?.day]).toEqual(['上海', 9]);
  });

  it('reads a place from the credit or right after it', () => {
    expect(parseDateline('本报讯(记者张三 发自拉萨)近日')?.place).toBe('拉萨');
    expect(parseDateline('(记者李四)杭州电 近日')?.place).toBe('杭州');
  });

  it('leaves the lead date and places in the text alone', () => {
    const d = parseDateline('本报讯(记者李昱霖)10月11日,全国建材行业工会建设经验交流活动在河北邢台举行。');
    expect(d?.place).toBeNull();
    expect(d?.date).toBeNull();
  });

  it('does not take other paragraphs for datelines', () => {
    for (const p of ['本报记者 李丰', '本报电视节目将于今晚播出。', '近日,本报讯息显示', '(记者)']) expect(parseDateline(p)).toBeNull();
  });
});
