/**
 * Errors for bad input: each names the file (and line where there is one), so a maintainer can fix it without
 * reading a stack trace.
 */
export class IngestError extends Error {
  constructor(
    /** Path of the offending file, relative to the repository. */
    readonly file: string,
    message: string,
    /** 1-based line in that file, when the problem has one. */
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'IngestError';
  }
}

/** Several IngestErrors found in one run, reported together. */
export class IngestErrors extends Error {
  constructor(readonly errors: IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestErrors';
  }
}
