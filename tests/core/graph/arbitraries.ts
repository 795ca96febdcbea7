import fc from 'fast-check';
import { buildGraph } from '../../../electron/core/graph';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../electron/shared/types';
import type { EditOp } from '../../../electron/shared/types';
import { ARTICLES, extractionV1 } from './fixtures';

const base = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [] }).graph;
/** Ids of the fixtures' graph, and one that names nothing. */
export const NODE_IDS = [...base.nodes.map((n) => n.id), 'e_0000000000000000'];
const edgeIds = [...base.edges.map((e) => e.id), 'r_0000000000000000'];
const names = ['深圳市总工会', '深圳市职工发展基金会', '新名字', '韦凡', '金秋助学', ' '];
const aliases = ['基金会', '深圳市总', '河池市总', '不存在'];

/** Any edit on the fixtures' graph, valid or not (orphans included). */
export const editOp: fc.Arbitrary<EditOp> = fc.oneof(
  fc.record({ op: fc.constant('annotate' as const), id: fc.constantFrom(...NODE_IDS), note: fc.option(fc.string(), { nil: null }), tags: fc.array(fc.constantFrom('a', 'b')), color: fc.option(fc.constant('#123456'), { nil: null }) }),
  fc.record({ op: fc.constant('rename' as const), id: fc.constantFrom(...NODE_IDS), name: fc.constantFrom(...names) }),
  fc.record({ op: fc.constant('retype' as const), id: fc.constantFrom(...NODE_IDS), type: fc.constantFrom(...ENTITY_TYPES) }),
  fc.record({ op: fc.constant('merge' as const), target: fc.constantFrom(...NODE_IDS), sources: fc.array(fc.constantFrom(...NODE_IDS), { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('splitAlias' as const), id: fc.constantFrom(...NODE_IDS), alias: fc.constantFrom(...aliases) }),
  fc.record({ op: fc.constant('delete' as const), id: fc.constantFrom(...NODE_IDS) }),
  fc.record({ op: fc.constant('addNode' as const), type: fc.constantFrom(...ENTITY_TYPES), name: fc.constantFrom(...names) }),
  fc.record({ op: fc.constant('addEdge' as const), source: fc.constantFrom(...NODE_IDS), target: fc.constantFrom(...NODE_IDS), type: fc.constantFrom(...RELATION_TYPES), label: fc.constantFrom('', '主办') }),
  fc.record({ op: fc.constant('deleteEdge' as const), id: fc.constantFrom(...edgeIds) }),
);
