import type { Dataset } from './dataset-schema'
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

/** A dataset whose derived views are guaranteed present. */
export type LoadedDataset = Dataset & { derived: NonNullable<Dataset['derived']> }
