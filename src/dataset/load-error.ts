import type { Problem } from './verify'

/** A dataset that could not be loaded, with every problem located by file and JSON path. */
export class DatasetLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly problems: Problem[] = [],
    /** True when the file itself may be fine (network, timeout, worker): trying again may help. */
    readonly transient = false,
  ) {
    super(message)
    this.name = 'DatasetLoadError'
  }
}
