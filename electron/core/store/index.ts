export { Workspace, WorkspaceError } from './workspace';
export { CorruptFileError } from './json-file';
export { SCHEMA_VERSION, FILES } from './files';
