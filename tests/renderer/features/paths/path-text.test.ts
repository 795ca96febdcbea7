import { describe, expect, it } from 'vitest';
import type { PathResult } from '../../../../electron/shared/types';
import { pathsAsText } from '../../../../renderer/src/features/paths/path-text';

const path: PathResult = {
  nodes: ['a', 'b', 'c'],
  steps: [
    {
      from: 'a',
      to: 'b',
      edge: { id: 'e1', type: 'organises', label: '主办', weight: 2, direction: 'forward' },
      evidence: [{ article: 'a_1', start: 0, end: 10, text: '舟山市总工会主办技能竞赛。', date: '2024-10-11' }],
    },
    { from: 'b', to: 'c', edge: { id: 'e2', type: 'partner', label: '', weight: 1, direction: 'undirected' }, evidence: [] },
  ],
};
const names: Record<string, string> = { a: '舟山市总工会', b: '技能竞赛', c: '中国机械冶金建材工会' };

describe('paths as text', () => {
  it('writes each step with its relation, direction and evidence', () => {
    const text = pathsAsText([path], { name: (id) => names[id], relation: (t) => t, heading: (n, steps) => `Path ${n} (${steps} steps)` }, 'A → C');
    expect(text.split('\n')).toEqual([
      'A → C',
      '',
      'Path 1 (2 steps)',
      '  1. 舟山市总工会 —organises (主办)→ 技能竞赛',
      '     “舟山市总工会主办技能竞赛。” [a_1, 2024-10-11]',
      '  2. 技能竞赛 —partner— 中国机械冶金建材工会',
      '',
    ]);
  });
});
