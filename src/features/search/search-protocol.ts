import type { SearchDocument } from '../../dataset/select/search-documents'
import type { IndexChange } from './index-change'
import type { SearchHit } from './search-index'

/**
 * What the page asks the search worker: index these documents, change the index it holds into the
 * next generation's (a workspace save), or run a query on the index.
 */
export type WorkerRequest =
  | { type: 'index'; generation: number; docs: SearchDocument[] }
  | { type: 'update'; generation: number; change: IndexChange }
  | { type: 'query'; generation: number; request: number; query: string }

/** What the worker answers; `generation` ties each answer to the dataset it was asked about. */
export type WorkerAnswer =
  | { type: 'indexed'; generation: number; ms: number; documents: number }
  /** `stale`: the worker now holds another dataset's index; the page indexes this one again. */
  | { type: 'hits'; generation: number; request: number; hits: SearchHit[]; stale: boolean }
