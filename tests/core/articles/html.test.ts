import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../electron/core/articles';
import { fixturePath, sampleText } from './fixtures';

describe('htmlToText', () => {
  it('takes the main content of a saved news page, one paragraph per line', () => {
    const { title, text } = htmlToText(readFileSync(fixturePath('sample-page.html'), 'utf8'));
    expect(title).toBe('工人日报 - 2024年10月14日 第03版：工会新闻');
    const lines = sampleText()
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(text.split('\n')).toEqual(lines);
  });

  it('takes a saved single-article page down to its headline and body, without sidebar or footer', () => {
    const p = (s: string): string => `<p>${s}</p>`;
    const html = `<!DOCTYPE html><html><head><title>职工夜校“走红”的奥秘_工人日报</title></head><body>
      <div class="top"><a href="/">首页</a> | <a href="/login">登录</a></div>
      <div class="main"><article><h1>职工夜校“走红”的奥秘</h1><div class="info">来源：工人日报</div>
      ${p('今年6月份以来,在山东青岛平度市,“上工会夜校”成了越来越多职工的选择。夜校“走红”的奥秘何在?源于平度市总从职工需求出发,引入多方资源,为职工量身定制的高性价比课程和打造的更便捷服务。')}
      ${p('平度市总工会从职工需求着手,开办夜校之初设置调查问卷,根据职工建议需求细化夜校管理工作。内容上,“技”“艺”培训相辅,根据职工需求按照公益优化的原则开设两大类课程。')}
      ${p('“夜校课程的‘回头率’很高,甚至有全家齐参与的,孩子的画画课、妈妈的烘焙课、爸爸的健身课,工会职工夜校都能满足。”职工夜校负责老师潘华介绍。')}
      </article><aside class="sidebar"><h3>相关新闻</h3><ul><li><a href="/1">青海举办产业工人队伍建设改革专题培训班</a></li></ul></aside></div>
      <div class="footer">版权所有 工人日报社</div></body></html>`;
    const { title, text } = htmlToText(html);
    expect(title).toBe('职工夜校“走红”的奥秘');
    expect(text.split('\n').slice(0, 2)).toEqual(['职工夜校“走红”的奥秘', '来源：工人日报']);
    expect(text.endsWith('职工夜校负责老师潘华介绍。')).toBe(true);
    for (const junk of ['首页', '相关新闻', '青海举办', '版权所有']) expect(text).not.toContain(junk);
  });

  it('never lets scripts, styles, navigation or hidden elements into the text', () => {
    const html = `<html><head><title>T</title><style>.x{}</style></head><body>
      <nav><a>首页</a></nav><div role="navigation">栏目导航</div><script>alert("脚本")</script>
      <noscript>请启用脚本</noscript><template><p>模板</p></template><p hidden>隐藏段</p><p style="display:none">不显示</p>
      <p>正文一</p><p>正文二<br>换行后</p></body></html>`;
    expect(htmlToText(html).text).toBe('正文一\n正文二\n换行后');
  });

  it('turns block elements into line breaks and inline elements into running text', () => {
    const html = '<body><h2>标题</h2><div>第一<span>段</span><b>加粗</b></div><ul><li>一</li><li>二</li></ul><table><tr><td>甲</td><td>乙</td></tr></table></body>';
    expect(htmlToText(html).text).toBe('标题\n第一段加粗\n一\n二\n甲\n乙');
  });

  it('collapses source whitespace but keeps preformatted lines', () => {
    expect(htmlToText('<p>  多个   空格\n  换行 </p><pre>第一行\n第二行</pre>').text).toBe('多个 空格 换行\n第一行\n第二行');
  });

  it('decodes character references', () => {
    expect(htmlToText('<p>&ldquo;工&rdquo;益&amp;慈善&#x4E2D;&#22269;</p>').text).toBe('“工”益&慈善中国');
  });

  it('never throws on malformed HTML', () => {
    for (const html of ['', '<', '<p', '</div></div>文字', '<p>未闭合<div>段落<b>粗体', '<<<>>>', '<html><body><p>a</p></html></body></p>', '<!-- 注释未闭合']) {
      expect(() => htmlToText(html)).not.toThrow();
    }
    expect(htmlToText('<p>未闭合<div>段落<b>粗体').text).toBe('未闭合\n段落粗体');
  });
});
