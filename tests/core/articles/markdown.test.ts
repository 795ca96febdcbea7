import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../electron/core/articles';

describe('markdownToText', () => {
  it('turns headings into plain lines', () => {
    expect(markdownToText('# 标题\n\n## 小标题 ##\n正文')).toBe('标题\n\n小标题\n正文');
    expect(markdownToText('标题\n===\n副题\n---\n正文')).toBe('标题\n\n副题\n\n正文');
  });

  it('drops emphasis, code marks, images and link targets', () => {
    expect(markdownToText('**加粗**与*斜体*和__下划__及`代码`,[链接文字](https://a.cn)和![图](a.png)')).toBe('加粗与斜体和下划及代码,链接文字和');
    expect(markdownToText('file_name_here 与 2*3*4')).toBe('file_name_here 与 234');
  });

  it('removes list, quote and rule markers and link definitions', () => {
    expect(markdownToText('- 一\n* 二\n1. 三\n> 引文\n---\n[1]: https://a.cn')).toBe('一\n二\n三\n引文\n\n');
  });

  it('keeps code blocks as they are', () => {
    expect(markdownToText('```\n**不变**\n```')).toBe('\n**不变**\n');
  });

  it('passes plain text through', () => {
    const plain = '本报讯(记者李昱霖)10月11日,全国建材行业工会建设经验交流活动在河北邢台举行。';
    expect(markdownToText(plain)).toBe(plain);
  });
});
