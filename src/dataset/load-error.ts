import type { Problem } from './verify'

/** A dataset that could not be loaded, with every problem located by file and JSON path. */
export class DatasetLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}
