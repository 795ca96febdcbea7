export { Workspace, WorkspaceError } from './workspace';
export { CorruptFileError } from './json-file';
export { SCHEMA_VERSION, FILES } from './files';
export type { ShardEntry } from './catalog';
export type { StoredResult } from './shard-codec';
