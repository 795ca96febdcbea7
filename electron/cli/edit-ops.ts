import type { EditOp, EntityType, RelationType } from '../shared/types';
import { UsageError } from './usage-error';

type Values = Record<string, string | boolean | string[] | undefined>;

/** Commands that make one edit of the log. */
export const EDIT_COMMANDS = new Set(['annotate', 'rename', 'retype', 'merge', 'split-alias', 'delete', 'add-node', 'add-edge', 'delete-edge', 'set-date']);

/**
 * The edit a command line asks for, as given: only the number of arguments is checked here;
 * their values are checked once, by the contract's schema (electron/shared/schemas.ts).
 */
export function editOpFor(command: string, args: string[], values: Values): EditOp {
  const need = (n: number, what: string): void => {
    if (args.length < n) throw new UsageError(`missing ${what}`);
  };
  switch (command) {
    case 'annotate': {
      need(1, 'ID');
      const op: EditOp = { op: 'annotate', id: args[0] };
      if (typeof values.note === 'string') op.note = values.note === '' ? null : values.note;
      if (Array.isArray(values.tag)) op.tags = values.tag;
      if (typeof values.color === 'string') op.color = values.color;
      if (op.note === undefined && !op.tags && op.color === undefined) throw new UsageError('give --note, --tag or --color');
      return op;
    }
    case 'rename':
      need(2, 'ID and NAME');
      return { op: 'rename', id: args[0], name: args.slice(1).join(' ') };
    case 'retype':
      need(2, 'ID and TYPE');
      return { op: 'retype', id: args[0], type: args[1] as EntityType };
    case 'merge':
      need(2, 'TARGET_ID and SOURCE_ID');
      return { op: 'merge', target: args[0], sources: args.slice(1) };
    case 'split-alias':
      need(2, 'ID and ALIAS');
      return { op: 'splitAlias', id: args[0], alias: args[1] };
    case 'delete':
      need(1, 'ID');
      return { op: 'delete', id: args[0] };
    case 'add-node':
      need(2, 'TYPE and NAME');
      return { op: 'addNode', type: args[0] as EntityType, name: args.slice(1).join(' ') };
    case 'add-edge':
      need(3, 'SOURCE_ID, TARGET_ID and TYPE');
      return { op: 'addEdge', source: args[0], target: args[1], type: args[2] as RelationType, label: args[3] ?? '' };
    case 'delete-edge':
      need(1, 'EDGE_ID');
      return { op: 'deleteEdge', id: args[0] };
    case 'set-date': {
      const clear = values.clear === true;
      need(clear ? 1 : 2, clear ? 'ARTICLE' : 'ARTICLE and DATE (or --clear)');
      if (clear && args.length > 1) throw new UsageError('give a DATE or --clear, not both');
      return { op: 'setDate', article: args[0], date: clear ? null : args[1] };
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}
