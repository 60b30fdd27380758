/**
 * An error in a source document that the user can fix: it names the file, the line where
 * that applies, and the reason. The build prints it without a stack trace.
 */
export class InputError extends Error {
  /** Source file name as given to the pipeline (relative to the seeds folder). */
  readonly file: string;
  /** 1-based line the problem is on, or null when it concerns the whole file. */
  readonly line: number | null;
  /** What was found and what was expected. */
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
