import { describe, expect, it } from 'vitest';
import { exportName, workspaceName } from '../../../../renderer/src/features/export/export-name';

describe('export file names', () => {
  it('carry the workspace name and the date', () => {
    expect(exportName('/home/ana/工人日报 2024', 'graph', 'png', new Date(2024, 9, 14))).toBe('工人日报-2024-graph-2024-10-14.png');
    expect(workspaceName('C:\\\\data\\\\grrb\\\\')).toBe('grrb');
    expect(workspaceName(undefined)).toBe('zhitu');
  });
});
