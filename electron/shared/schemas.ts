import { z } from 'zod';
import type { ApiMethod } from './api';
import { MAX_EDIT_BATCH } from './edit-group';
import { ENTITY_TYPES, EXPORT_FORMATS, RELATION_TYPES } from './types';

// Runtime validation of everything that crosses a process boundary (IPC, HTTP, the disk).
// Node side only: the renderer imports types, never this module.

const id = z.string().min(1).max(200);
const name = z.string().trim().min(1).max(500);
const entityType = z.enum(ENTITY_TYPES);
const relationType = z.enum(RELATION_TYPES);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2024-10-11');
/** A date as the contract takes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isoDateSchema = isoDate;
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1f77b4');

export const editOpSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('annotate'),
    id,
    note: z.string().max(20_000).nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
    color: color.nullable().optional(),
  }),
  z.object({ op: z.literal('rename'), id, name }),
  z.object({ op: z.literal('retype'), id, type: entityType }),
  z.object({ op: z.literal('merge'), target: id, sources: z.array(id).min(1).max(1000) }),
  z.object({ op: z.literal('splitAlias'), id, alias: name }),
  z.object({ op: z.literal('delete'), id, name: name.optional(), type: entityType.optional() }),
  z.object({ op: z.literal('addNode'), type: entityType, name }),
  z.object({ op: z.literal('addEdge'), source: id, target: id, type: relationType, label: z.string().max(200) }),
  z.object({ op: z.literal('deleteEdge'), id }),
  z.object({ op: z.literal('setDate'), article: id, date: isoDate.nullable() }),
  z.object({ op: z.literal('removeArticles'), ids: z.array(id).max(100_000), source: z.string().min(1).max(4096).optional() }),
]);

/** The group of edits one user action made (undone and redone as one step). */
const editGroup = z.string().min(1).max(100);

export const storedEditSchema = editOpSchema.and(z.object({ seq: z.number().int().nonnegative(), at: z.string(), group: editGroup.optional() }));

export const graphFilterSchema = z
  .object({
    types: z.array(entityType).optional(),
    relationTypes: z.array(relationType).optional(),
    minWeight: z.number().nonnegative().optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
    articles: z.array(id).max(100_000).optional(),
    includeArticles: z.boolean().optional(),
    includeCoOccurs: z.boolean().optional(),
    focus: z.object({ ids: z.array(id).max(10_000), depth: z.number().int().min(0).max(5) }).optional(),
    limit: z.number().int().positive().optional(),
    includeUndated: z.boolean().optional(),
    excludeInferred: z.boolean().optional(),
  })
  .strict();

const position = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

/** A saved view as the API takes it and `view.json` keeps it. */
export const savedViewSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    filter: graphFilterSchema,
    selection: z.array(id).max(100_000),
    positions: z.record(id, position).optional(),
    layout: z.string().max(100).optional(),
    sizeBy: z.enum(['degree', 'weightedDegree', 'betweenness', 'pagerank', 'mentions']).optional(),
    colorBy: z.enum(['type', 'community']).optional(),
    viewport: z.object({ x1: z.number().finite(), y1: z.number().finite(), x2: z.number().finite(), y2: z.number().finite() }).strict().optional(),
    savedAt: z.string().max(100),
  })
  .strict();

const exportOptionsSchema = z
  .object({ filter: graphFilterSchema.optional(), includeArticles: z.boolean().optional(), includeCoOccurs: z.boolean().optional() })
  .strict();

const none = z.union([z.undefined(), z.null(), z.object({}).strict()]);

/** The argument schema of every API method: a call whose argument does not parse is refused. */
export const apiArgSchemas: Record<ApiMethod, z.ZodType> = {
  workspaceInfo: none,
  importUploads: z
    .object({
      files: z
        .array(z.object({ name: z.string().min(1).max(1000), base64: z.string().max(40_000_000) }).strict())
        .min(1)
        .max(10_000),
      pageDate: isoDate.optional(),
    })
    .strict(),
  cancelImport: none,
  listArticles: z.union([none, z.object({ filter: graphFilterSchema.optional() }).strict()]),
  getArticle: z.object({ id }).strict(),
  listEntities: z.object({ type: entityType.optional(), filter: graphFilterSchema.optional() }).strict(),
  listRelations: z.union([none, z.object({ filter: graphFilterSchema.optional() }).strict()]),
  stats: z.union([none, z.object({ filter: graphFilterSchema.optional() }).strict()]),
  analyze: z.object({ filter: graphFilterSchema.optional(), includeCoOccurs: z.boolean().optional() }).strict(),
  timeline: z.object({ filter: graphFilterSchema.optional(), bucket: z.enum(['day', 'week', 'month']) }).strict(),
  findPaths: z.object({ source: id, target: id, k: z.number().int().min(1).max(10).optional(), filter: graphFilterSchema.optional() }).strict(),
  searchArticles: z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(500).optional() }).strict(),
  duplicateSuggestions: z.union([none, z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict()]),
  listViews: none,
  saveView: z.object({ view: savedViewSchema }).strict(),
  deleteView: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  getGraph: z.object({ filter: graphFilterSchema.optional(), evidence: z.boolean().optional() }).strict(),
  getEdge: z.object({ id }).strict(),
  getEntity: z.object({ id, mentionOffset: z.number().int().nonnegative().optional(), mentionLimit: z.number().int().positive().max(100_000).optional() }).strict(),
  shortestPath: z.object({ source: id, target: id, filter: graphFilterSchema.optional() }).strict(),
  edit: z.object({ op: editOpSchema, group: editGroup.optional() }).strict(),
  applyEdits: z.object({ ops: z.array(editOpSchema).min(1).max(MAX_EDIT_BATCH), group: editGroup.optional() }).strict(),
  undo: none,
  redo: none,
  reextract: none,
  savePositions: z
    .object({ positions: z.record(id, z.object({ x: z.number().finite(), y: z.number().finite() }).strict()) })
    .strict(),
  exportGraph: z.object({ format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema.optional() }).strict(),
  extractText: z.object({ text: z.string().max(20_000_000), split: z.boolean().optional() }).strict(),
};

/** The argument of the desktop shell's `saveExport`: an export's format and options, and the file name proposed. */
export const saveExportSchema = z
  .object({ format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema.optional(), name: z.string().min(1).max(200) })
  .strict();

/** Parses the argument of an API call, or throws an Error naming the method and the problem. */
export function parseApiArgs(method: ApiMethod, args: unknown): unknown {
  const schema = apiArgSchemas[method];
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`invalid argument for ${method}${where}: ${issue?.message ?? 'not accepted'}`);
  }
  return parsed.data;
}

/** True when `method` is a method of the API (and not, say, `__proto__`). */
export function isApiMethod(method: string): method is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiArgSchemas, method);
}
