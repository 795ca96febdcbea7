import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_INFO, exportGraph } from '../../../electron/core/export';
import { SERIALIZERS } from '../../../electron/core/export/registry';
import type { ExportFormat } from '../../../electron/shared/types';
import { EXPORT_FORMATS } from '../../../electron/shared/types';
import { sampleGraph } from './fixture';

describe('export registry', () => {
  it('describes and serialises exactly the formats of the contract', () => {
    expect(Object.keys(EXPORT_FORMAT_INFO).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(Object.keys(SERIALIZERS).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(EXPORT_FORMATS.filter((f) => EXPORT_FORMAT_INFO[f].multiFile)).toEqual(['csv']);
  });

  it('exports an empty graph in every format', () => {
    for (const format of EXPORT_FORMATS) {
      const files = exportGraph({ nodes: [], edges: [] }, format);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(f.content.length).toBeGreaterThan(0);
    }
  });

  it('stamps the given time, and refuses an unknown format', () => {
    const files = exportGraph(sampleGraph(), 'json', { generatedAt: '2025-01-02T03:04:05.000Z' });
    expect(JSON.parse(files[0].content).generatedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(() => exportGraph(sampleGraph(), 'dot' as ExportFormat)).toThrow(/Unknown export format/);
  });
});
