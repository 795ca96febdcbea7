export { Workspace, WorkspaceError } from './workspace';
export type { OpenOptions } from './workspace';
export { CorruptFileError } from './json-file';
export { SCHEMA_VERSION, FILES } from './files';
export { WorkspaceBusyError, type LockOptions } from './lock';
export { UnrepairableFileError, describeRepair } from './recovery';
