/**
 * A file that cannot be imported. `reason` is a short sentence a user understands
 * (for example `empty file` or `unsupported file type .pdf`); callers add the file name.
 */
export class SourceError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.name = 'SourceError';
    this.reason = reason;
  }
}
