import type { LoadedDataset } from '../../dataset/dataset-schema'
import { searchDocuments, type SearchDocument } from '../../dataset/select/search-documents'
import {
  buildSearchIndex,
  querySearchIndex,
  type SearchHit,
  type SearchIndex,
} from './search-index'
import { indexChange } from './index-change'
import type { WorkerAnswer, WorkerRequest } from './search-protocol'

/** The documents of a dataset by id, made once per dataset object (a new object: a new index). */
const documents = new WeakMap<LoadedDataset, Map<string, SearchDocument>>()
export function documentsOf(d: LoadedDataset): Map<string, SearchDocument> {
  let hit = documents.get(d)
  if (!hit) documents.set(d, (hit = new Map(searchDocuments(d).map((x) => [x.id, x]))))
  return hit
}

let worker: Worker | null = null
let nextGeneration = 0
let nextRequest = 0
const generations = new WeakMap<LoadedDataset, Promise<number>>()
const pending = new Map<number, (hits: SearchHit[] | null) => void>()
const indexed = new Map<number, () => void>()
const mainThread = new WeakMap<LoadedDataset, SearchIndex>()
/** The documents of the index the worker holds (or is building): the base of the next update. */
let held: ReadonlyMap<string, SearchDocument> | null = null

function theWorker(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' })
  worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
    const m = e.data
    if (m.type === 'indexed') indexed.get(m.generation)?.()
    else {
      pending.get(m.request)?.(m.stale ? null : m.hits)
      pending.delete(m.request)
    }
  }
  return worker
}

/**
 * Indexes the dataset in the worker (once per dataset object) and resolves to its generation. The
 * worker holds one index: a workspace save changes only the documents it touched; another dataset
 * opened replaces the index (decision 021, updated by 024).
 */
function indexIn(d: LoadedDataset): Promise<number> {
  let hit = generations.get(d)
  if (hit) return hit
  const generation = nextGeneration++
  hit = new Promise<number>((resolve) => {
    indexed.set(generation, () => {
      indexed.delete(generation)
      resolve(generation)
    })
    const docs = documentsOf(d)
    const change = held && indexChange(held, docs)
    const message: WorkerRequest = change
      ? { type: 'update', generation, change }
      : { type: 'index', generation, docs: [...docs.values()] }
    held = docs
    theWorker().postMessage(message)
  })
  generations.set(d, hit)
  return hit
}

/** The hits for `query` in dataset `d`: in a worker in the browser, on this thread where there is none (tests). */
export async function searchDataset(d: LoadedDataset, query: string): Promise<SearchHit[]> {
  if (typeof Worker === 'undefined') {
    let index = mainThread.get(d)
    if (!index) mainThread.set(d, (index = buildSearchIndex([...documentsOf(d).values()])))
    return querySearchIndex(index, query)
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const generation = await indexIn(d)
    const request = nextRequest++
    const hits = await new Promise<SearchHit[] | null>((resolve) => {
      pending.set(request, resolve)
      const message: WorkerRequest = { type: 'query', generation, request, query }
      theWorker().postMessage(message)
    })
    if (hits) return hits
    // Another dataset replaced this one's index in the worker (switching back and forth): again.
    generations.delete(d)
  }
  return []
}
