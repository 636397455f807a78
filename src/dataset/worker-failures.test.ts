import { afterEach, describe, expect, it, vi } from 'vitest'
import { DatasetLoadError } from './load-error'
import { parseDatasetOffThread, workerTimeoutMs } from './parse-dataset'

// Issue 17, defect 5: a worker that never answers left the spinner forever; a blocked one said "undefined".
const big = JSON.stringify('x'.repeat(1_100_000))
const provenance = { kind: 'file', origin: 'big.json', hash: '0' } as const

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** A Worker that does nothing, or fails to start the way a blocked one does (an event with no message). */
function stubWorker(behaviour: 'silent' | 'blocked') {
  const terminated: boolean[] = []
  class FakeWorker {
    onmessage: ((e: unknown) => void) | null = null
    onerror: ((e: { message?: string }) => void) | null = null
    constructor() {
      terminated.push(false)
      if (behaviour === 'blocked') setTimeout(() => this.onerror?.({}), 0)
    }
    postMessage() {}
    terminate() {
      terminated[terminated.length - 1] = true
    }
  }
  vi.stubGlobal('Worker', FakeWorker)
  return terminated
}

describe('the validation worker', () => {
  it('that never answers is given up on with a message that offers a retry', async () => {
    vi.useFakeTimers()
    const terminated = stubWorker('silent')
    const result = parseDatasetOffThread(big, 'big.json', provenance).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(workerTimeoutMs(big.length))
    const e = await result
    expect(e).toBeInstanceOf(DatasetLoadError)
    expect((e as DatasetLoadError).message).toBe(
      'big.json was not checked: the validation worker gave no answer in 20 s. Try again; if it fails again, the browser may be blocking workers.',
    )
    expect((e as DatasetLoadError).transient).toBe(true)
    expect(terminated).toEqual([true])
  })

  it('that the browser blocks is reported in words, not "undefined"', async () => {
    stubWorker('blocked')
    const e = await parseDatasetOffThread(big, 'big.json', provenance).catch((x: unknown) => x)
    expect((e as DatasetLoadError).message).toBe(
      'big.json was not checked: the validation worker could not run (the browser blocked or could not load it).',
    )
  })
})
