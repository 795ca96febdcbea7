import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleId, loadDocument, SourceError } from '../../../electron/core/articles';
import { fixturePath, sampleText, SAMPLE_PATH } from './fixtures';

const reasonOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return error.reason;
    throw error;
  }
  throw new Error('expected a SourceError');
};

describe('loadDocument', () => {
  const text = sampleText();
  const reference = loadDocument(readFileSync(SAMPLE_PATH), 'page.txt', { fileDate: '2024-10-14' });

  it('reads the sample page into its eleven articles', () => {
    expect(reference.encoding).toBe('utf-8');
    expect(reference.drafts).toHaveLength(11);
  });

  it.each([
    ['UTF-8 with BOM', 'utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['GB18030', 'gb18030', iconv.encode(text, 'gb18030')],
    ['UTF-16LE with BOM', 'utf-16le', iconv.encode(text, 'utf16le', { addBOM: true })],
    ['UTF-16BE with BOM', 'utf-16be', iconv.encode(text, 'utf16be', { addBOM: true })],
    ['UTF-8 with CRLF line ends', 'utf-8', Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')],
  ])('gives the same articles from %s', (_label, encoding, bytes) => {
    const doc = loadDocument(bytes, 'page.txt', { fileDate: '2024-10-14' });
    expect(doc.encoding).toBe(encoding);
    expect(doc.drafts).toEqual(reference.drafts);
  });

  it('gives the same articles from the page saved as HTML, with scripts, styles and navigation left out', () => {
    const doc = loadDocument(readFileSync(fixturePath('sample-page.html')), 'page.html', { fileDate: '2024-10-14' });
    expect(doc.drafts).toEqual(reference.drafts);
    expect(doc.drafts.map((d) => articleId(d.text))).toEqual(reference.drafts.map((d) => articleId(d.text)));
    const all = doc.drafts.map((d) => d.text).join('\n');
    for (const junk of ['脚本', '首页', '要闻', 'dataLayer', 'SimSun', '版权所有']) expect(all).not.toContain(junk);
  });

  it('gives the same articles whatever the encoding, for any page made of lines of the sample', () => {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const pages = fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 30 }).map((ls) => ls.join('\n\n'));
    fc.assert(
      fc.property(pages, (page) => {
        const utf8 = loadDocument(Buffer.from(page, 'utf8'), 'p.txt', { fileDate: '2024-10-14' }).drafts;
        for (const bytes of [iconv.encode(page, 'gb18030'), iconv.encode(page, 'utf16le', { addBOM: true }), iconv.encode(page, 'utf16be', { addBOM: true })]) {
          expect(loadDocument(bytes, 'p.txt', { fileDate: '2024-10-14' }).drafts).toEqual(utf8);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sniffs HTML saved with a .txt name', () => {
    const html = readFileSync(fixturePath('sample-page.html'));
    expect(loadDocument(html, 'page.txt', { fileDate: '2024-10-14' }).drafts).toEqual(reference.drafts);
  });

  it('reads Markdown: headings become headlines, emphasis, links and images go', () => {
    const md = loadDocument(readFileSync(fixturePath('single-article.md')), 'single-article.md');
    const txt = loadDocument(readFileSync(fixturePath('single-article.txt')), 'single-article.txt');
    expect(md.drafts).toEqual(txt.drafts);
    expect(md.drafts[0].title).toBe('让新就业形态劳动者“落脚”更安心');
  });

  it('takes the page date from the file name unless one is given', () => {
    const named = loadDocument(readFileSync(SAMPLE_PATH), 'gongren-ribao-2024-10-14.txt');
    expect(named.drafts[0].date).toBe('2024-10-11');
    expect(loadDocument(readFileSync(SAMPLE_PATH), '20241014.txt', { fileDate: null }).drafts[0].date).toBeNull();
    expect(loadDocument(readFileSync(SAMPLE_PATH), 'page.txt').drafts[0].date).toBeNull();
  });

  it('refuses unsupported file types by extension', () => {
    expect(reasonOf(() => loadDocument(Buffer.from('x'), 'report.pdf'))).toBe('unsupported file type .pdf');
    expect(reasonOf(() => loadDocument(Buffer.from('x'), 'notes.DOCX'))).toBe('unsupported file type .docx');
    expect(reasonOf(() => loadDocument(Buffer.from('x'), 'README'))).toBe('unsupported file type (no extension)');
  });

  it('refuses files over the size limit, naming the size and the limit', () => {
    expect(reasonOf(() => loadDocument(readFileSync(SAMPLE_PATH), 'page.txt', { maxBytes: 10_000 }))).toBe(
      'file too large (19.2 KB; the limit is 9.8 KB)',
    );
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    expect(reasonOf(() => loadDocument(big, 'big.txt'))).toBe('file too large (21 MB; the limit is 20 MB)');
  });

  it('refuses empty, binary and undecodable files', () => {
    expect(reasonOf(() => loadDocument(new Uint8Array(), 'empty.txt'))).toBe('empty file');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(reasonOf(() => loadDocument(png, 'picture.txt'))).toBe('binary file (contains NUL bytes)');
    expect(reasonOf(() => loadDocument(Buffer.from([0x41, 0xff, 0xfe, 0xfd]), 'bad.md'))).toMatch(/^not valid text in any supported encoding/);
  });

  it('still reads text out of malformed HTML', () => {
    const html = '<html><body><h1>工会开展送清凉活动<p>本报讯(记者张三)近日,某市总工会开展送清凉活动,为一线职工送去防暑用品<div>第二段:活动覆盖全市<b>120家企业<p>第三段仍然没有闭合';
    const doc = loadDocument(Buffer.from(html, 'utf8'), 'broken.html');
    const all = doc.drafts.map((d) => d.text).join('\n');
    expect(doc.drafts[0].title).toBe('工会开展送清凉活动');
    expect(all).toContain('第二段:活动覆盖全市120家企业');
    expect(all).toContain('第三段仍然没有闭合');
    expect(doc.drafts[0].byline).toEqual([{ name: '张三', role: '记者' }]);
  });

  it('gives no articles for a page with nothing but scripts', () => {
    expect(loadDocument(Buffer.from('<html><script>var a = 1;</script></html>'), 'x.html').drafts).toEqual([]);
  });
});
