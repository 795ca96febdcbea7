import { resolve } from 'node:path';
import { storedSourceFor, type Zhitu } from '../core/api';
import type { ApiMethod } from '../shared/api';
import { editBatches, newEditGroup } from '../shared/edit-group';
import { parseApiArgs, isoDateSchema } from '../shared/schemas';
import type { EntityType, ExportFormat, GraphFilter } from '../shared/types';
import { EDIT_COMMANDS, editOpFor } from './edit-ops';
import { printAnalytics, printArticles, printEntities, printImport, printRelations, printStats } from './format';
import { UsageError } from './usage-error';

/** Option values of a parsed command line. */
export type Values = Record<string, string | boolean | string[] | undefined>;
/** Prints a result: its JSON with --json, else the human form. */
export type Out = (value: unknown, human: () => string) => void;

/** What a command does once its workspace is open. */
export type Run = (zhitu: Zhitu, out: Out) => Promise<number>;

/**
 * Checks an API argument with the contract's schema, the one place that validates it; a value
 * it refuses is a usage error that shows the schema's message.
 */
export function checked<T>(method: ApiMethod, args: T): T {
  try {
    parseApiArgs(method, args);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return args;
}

/** The date range of `--from` / `--to`, or undefined without them. */
export function dateFilter(values: Values): GraphFilter | undefined {
  const filter: GraphFilter = {};
  if (typeof values.from === 'string') filter.dateFrom = values.from;
  if (typeof values.to === 'string') filter.dateTo = values.to;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

const withFilter = <T extends object>(args: T, filter: GraphFilter | undefined): T & { filter?: GraphFilter } => (filter ? { ...args, filter } : args);

/**
 * What a workspace command does. Its arguments are built and checked here, before the
 * workspace opens, so that a usage error never waits for (or needs) a workspace.
 */
export function planFor(command: string, args: string[], values: Values): Run {
  const need = (n: number, what: string): void => {
    if (args.length < n) throw new UsageError(`missing ${what}`);
  };
  const filter = dateFilter(values);
  if (command === 'delete' && args.length > 1) {
    // Several entities: one edit each, applied together (all or none) in one group, so that one
    // `zhitu undo` brings them all back. More than one batch takes: batches of one group.
    const group = newEditGroup('cli');
    const batches = editBatches(args.map((id) => editOpFor(command, [id], values))).map((ops) => checked('applyEdits', { ops, group }));
    return async (zhitu, out) => {
      for (const batch of batches) await zhitu.applyEdits(batch);
      out({ deleted: args.length }, () => `delete: done (${args.length} entities; zhitu undo brings them all back)\n`);
      return 0;
    };
  }
  if (EDIT_COMMANDS.has(command)) {
    const { op } = checked('edit', { op: editOpFor(command, args, values) });
    return async (zhitu, out) => {
      const result = await zhitu.edit({ op });
      out(result, () => `${command}: done${result.id ? ` (${result.id})` : ''}\n`);
      return 0;
    };
  }
  switch (command) {
    case 'import': {
      need(1, 'PATH');
      const pageDate = typeof values['page-date'] === 'string' ? values['page-date'] : undefined;
      if (pageDate !== undefined) {
        const parsed = isoDateSchema.safeParse(pageDate);
        if (!parsed.success) throw new UsageError(`--page-date: ${parsed.error.issues[0]?.message}`);
      }
      return async (zhitu, out) => {
        const result = await zhitu.importPaths({ paths: args.map((p) => resolve(p)), ...(pageDate ? { pageDate } : {}) });
        const { addedIds: _ids, ...shown } = result;
        out(shown, () => printImport(result));
        return 0;
      };
    }
    case 'articles': {
      const query = checked('listArticles', withFilter({}, filter));
      return async (zhitu, out) => {
        const list = await zhitu.listArticles(query);
        out(list, () => printArticles(list));
        return 0;
      };
    }
    case 'entities': {
      const query = checked('listEntities', withFilter({ type: values.type as EntityType | undefined }, filter));
      return async (zhitu, out) => {
        const list = await zhitu.listEntities(query);
        out(list, () => printEntities(list));
        return 0;
      };
    }
    case 'relations': {
      const query = checked('listRelations', withFilter({}, filter));
      return async (zhitu, out) => {
        const list = await zhitu.listRelations(query);
        const names = new Map((await zhitu.listEntities({})).map((e) => [e.id, e.name]));
        out(list, () => printRelations(list, names));
        return 0;
      };
    }
    case 'stats': {
      const query = checked('stats', withFilter({}, filter));
      return async (zhitu, out) => {
        const stats = await zhitu.stats(query);
        out(stats, () => printStats(stats));
        return 0;
      };
    }
    case 'analyze': {
      const query = checked('analyze', withFilter({ includeCoOccurs: values['no-cooccurs'] !== true }, filter));
      const top = values.top === undefined ? 30 : Number(values.top);
      if (!Number.isInteger(top) || top < 0) throw new UsageError('--top must be a whole number');
      return async (zhitu, out) => {
        const result = await zhitu.analyze(query);
        out(result, () => printAnalytics(result, top));
        return 0;
      };
    }
    case 'export': {
      if (typeof values.out !== 'string') throw new UsageError('missing --out PATH');
      const types = ((values.type as string[] | undefined) ?? []) as EntityType[];
      const scope: GraphFilter = { ...(types.length ? { types } : {}), ...filter };
      const { format, options } = checked('exportGraph', {
        format: values.format as ExportFormat,
        options: { includeArticles: values.articles === true, includeCoOccurs: values['no-cooccurs'] !== true, ...(Object.keys(scope).length ? { filter: scope } : {}) },
      });
      const target = resolve(values.out);
      return async (zhitu, out) => {
        const paths = await zhitu.exportToPath({ format, out: target, options });
        out(paths, () => `${paths.join('\n')}\n`);
        return 0;
      };
    }
    case 'remove':
      need(1, 'ID or SOURCE');
      return (zhitu, out) => removeArticles(zhitu, args, out);
    case 'undo':
    case 'redo':
      return async (zhitu, out) => {
        const before = await zhitu.workspaceInfo();
        if (command === 'undo' ? !before.canUndo : !before.canRedo) throw new Error(`nothing to ${command}`);
        const result = command === 'undo' ? await zhitu.undo() : await zhitu.redo();
        out(result, () => `${command === 'undo' ? 'undone' : 'redone'}\n`);
        return 0;
      };
    case 'reextract':
      return async (zhitu, out) => {
        const info = await zhitu.reextract();
        out(info, () => `re-extracted ${info.articles} articles: ${info.entities} entities, ${info.relations} relations${info.orphans.length ? `; ${info.orphans.length} edits no longer apply` : ''}\n`);
        return 0;
      };
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** `zhitu remove ID|SOURCE...`: one edit that removes the articles named and those of the source files named. */
async function removeArticles(zhitu: Zhitu, args: string[], out: Out): Promise<number> {
  const articles = await zhitu.listArticles();
  const ids = new Set<string>();
  const sources = new Set<string>();
  for (const arg of args) {
    const byId = articles.filter((a) => a.id === arg);
    // Sources are stored relative to the folder imported: the path given is matched to one.
    const source = byId.length ? null : storedSourceFor(arg, articles.map((a) => a.source));
    const bySource = source === null ? [] : articles.filter((a) => a.source === source);
    if (byId.length + bySource.length === 0) throw new Error(`${arg}: no article with this id, and no imported file with this path`);
    for (const a of [...byId, ...bySource]) ids.add(a.id);
    if (bySource.length) sources.add(bySource[0].source);
  }
  const source = sources.size === 1 && ids.size === articles.filter((a) => sources.has(a.source)).length ? [...sources][0] : undefined;
  const { op } = checked('edit', { op: { op: 'removeArticles' as const, ids: [...ids], ...(source ? { source } : {}) } });
  const result = await zhitu.edit({ op });
  out({ removed: ids.size }, () => `removed ${ids.size} article(s)${result.canUndo ? ' (zhitu undo brings them back)' : ''}\n`);
  return 0;
}
