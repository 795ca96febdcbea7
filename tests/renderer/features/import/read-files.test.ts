// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bytesToBase64, isImportable, readUploads } from '../../../../renderer/src/features/import/read-files';

describe('reading files for import', () => {
  it('accepts the formats the importer reads', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.htm'].every(isImportable)).toBe(true);
    expect(['e.pdf', 'f.docx', 'g', 'txt'].some(isImportable)).toBe(false);
  });

  it('encodes bytes as base64, also past the chunk size', () => {
    const text = '深圳市总工会'.repeat(20_000);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(0x8000 * 3);
    const decoded = atob(bytesToBase64(bytes));
    expect(decoded.length).toBe(bytes.length);
    expect(Uint8Array.from(decoded, (c) => c.charCodeAt(0))).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array([0xef, 0xbb, 0xbf, 0xff]))).toBe('77u//w==');
  });

  it('turns File objects into uploads with their names', async () => {
    const gbk = new Uint8Array([0xc9, 0xee, 0xdb, 0xda]); // 深圳 in GBK: the bytes pass through untouched
    const uploads = await readUploads([new File([gbk], 'page.txt'), new File(['<p>hi</p>'], 'x.html')]);
    expect(uploads).toEqual([
      { name: 'page.txt', base64: 'ye7b2g==' },
      { name: 'x.html', base64: btoa('<p>hi</p>') },
    ]);
  });
});
