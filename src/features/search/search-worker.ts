/// <reference lib="webworker" />
import {
  buildSearchIndex,
  querySearchIndex,
  updateSearchIndex,
  type SearchIndex,
} from './search-index'
import type { WorkerAnswer, WorkerRequest } from './search-protocol'

// Indexing the x100 dataset's article sentences and quotes takes a while; here it never blocks
// the page. One index at a time: the one for the dataset on screen (`generation`).
let index: SearchIndex | null = null
let generation = -1

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const m = e.data
  if (m.type === 'index' || m.type === 'update') {
    const t0 = performance.now()
    // The page sends an update only on top of the index it last sent, and messages arrive in order;
    // without an index (never expected) queries answer `stale` rather than from a partial index.
    if (m.type === 'index') index = buildSearchIndex(m.docs)
    else if (index) updateSearchIndex(index, m.change)
    generation = m.generation
    const answer: WorkerAnswer = {
      type: 'indexed',
      generation,
      ms: performance.now() - t0,
      documents: index?.documentCount ?? 0,
    }
    self.postMessage(answer)
    return
  }
  const stale = !index || m.generation !== generation
  const answer: WorkerAnswer = {
    type: 'hits',
    generation: m.generation,
    request: m.request,
    hits: stale || !index ? [] : querySearchIndex(index, m.query),
    stale,
  }
  self.postMessage(answer)
}
