import { describe, expect, it } from 'vitest';
import { htmlToText, loadDocument, markdownToText, normaliseText, SourceError, splitPage } from '../../../electron/core/articles';
import { solid } from './fixtures';

const nested = (depth: number, inner = '<p>职工夜校开课了,大家都来学习。</p>'): string =>
  `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

/** The reason a load was refused, or null when it was not. */
function refusal(load: () => unknown): string | null {
  try {
    load();
    return null;
  } catch (error) {
    if (error instanceof SourceError) return error.reason;
    throw error;
  }
}

describe('hostile HTML', () => {
  it('reads 1,600 nested divs (no recursion, no Readability on such depth)', () => {
    const { drafts } = loadDocument(Buffer.from(nested(1600)), 'deep.html');
    expect(drafts.map((d) => d.text).join('')).toContain('职工夜校开课了');
  });

  it('refuses HTML nested deeper than the cap with a reason naming the depth, at any depth', () => {
    for (const depth of [8000, 100_000]) {
      expect(refusal(() => loadDocument(Buffer.from(nested(depth)), 'deeper.html'))).toMatch(/^HTML nested too deeply to read: [\d,]+ levels/);
    }
  });

  it('refuses HTML with more elements than the cap', () => {
    expect(refusal(() => htmlToText(`<p>${'<b>字</b>'.repeat(200_001)}</p>`))).toMatch(/^HTML too large to read: 200,00\d elements/);
  });

  it('does not count unclosed paragraphs and list items as nesting', () => {
    const sloppy = `<html><body>${'<p>段落文字,职工夜校开课了。'.repeat(1500)}</body></html>`;
    expect(htmlToText(sloppy).text).toContain('职工夜校开课了');
  });

  it('keeps the text of script-laden, unterminated markup and drops the scripts', () => {
    const { text } = htmlToText(`<p>职工之家</p><div>正文在此</div>${'<script>alert(1)'.repeat(1000)}`);
    expect(text).toContain('职工之家');
    expect(text).not.toContain('alert');
  });
});

describe('huge lines and many lines', () => {
  it('reads one 400,000-character line without punctuation as one article, nothing lost', () => {
    const line = '职工夜校开课工会组织技能培训'.repeat(400_000 / 14);
    const drafts = splitPage(line);
    expect(drafts).toHaveLength(1);
    expect(solid(drafts[0].text)).toBe(line);
    expect(drafts[0].title.length).toBeLessThanOrEqual(31);
  });

  it('reads a line that is mostly white space, or closing quotes, or open brackets', () => {
    for (const line of [`的${' '.repeat(200_000)}的`, `${'”'.repeat(200_000)}的`, `(${' '.repeat(200_000)}x`]) {
      const drafts = splitPage(line);
      expect(drafts.map((d) => solid(d.text)).join('')).toBe(solid(line));
    }
  });

  it('splits 4,000 headline-like lines under datelines keeping every line', () => {
    const lines = ['本报讯(记者张三)10月1日,开始了。'];
    for (let i = 0; i < 2_000; i++) lines.push(`本报讯(记者张三)10月1日,第${i}次开始了。`);
    for (let i = 0; i < 2_000; i++) lines.push(`职工夜校第${i}期开课`);
    const drafts = splitPage(lines.join('\n'));
    expect(drafts.length).toBeGreaterThan(2_000);
    expect(drafts.map((d) => solid(d.text)).join('').length).toBe(solid(lines.join('')).length);
  });

  it('reads Markdown lines full of unclosed inline marks', () => {
    for (const line of ['![图'.repeat(50_000), '**粗 '.repeat(50_000), '[链接](地址'.repeat(30_000), `# 标题${' '.repeat(100_000)}x`]) {
      const text = markdownToText(line);
      expect(text.length).toBeGreaterThan(0);
      expect(text).toContain(line.includes('标题') ? '标题' : line.slice(1, 2));
    }
  });
});

describe('invisible and malformed characters', () => {
  it('removes zero-width and bidirectional control characters', () => {
    expect(normaliseText('深\u200B圳\u202E市\u2066总\u2069工\u200F会\uFEFF')).toBe('深圳市总工会');
  });

  it('replaces lone surrogates, which no encoding can write, with U+FFFD', () => {
    expect(normaliseText('职\uD800工\uDC00之家\uD83D\uDE00')).toBe('职\uFFFD工\uFFFD之家\uD83D\uDE00');
  });

  it('refuses text with NUL bytes as binary, naming the problem', () => {
    expect(refusal(() => loadDocument(Buffer.from('职工\u0000\u0000\u0000夜校'), 'nul.txt'))).toBe('binary file (contains NUL bytes)');
  });
});

describe('time budget', () => {
  it('skips a file that takes longer than its budget, naming the budget and the stage reached', () => {
    const reason = refusal(() => loadDocument(Buffer.from(nested(50)), 'slow.html', { timeBudgetMs: -1 }));
    expect(reason).toMatch(/^took longer than its time budget of -?0\.001 s to read \(stopped after decoding\)$/);
  });
});
