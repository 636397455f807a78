// @vitest-environment happy-dom
import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDataset } from './get-dataset'
import { DatasetLoadError } from './load-error'
import { loadRealDataset } from '../test/dataset-fixture'

afterEach(() => vi.unstubAllGlobals())

/** Serves one answer to every fetch. */
const serve = (answer: () => Response) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(answer())),
  )

async function failure(url: string): Promise<DatasetLoadError> {
  const e: unknown = await getDataset(url).catch((error: unknown) => error)
  if (!(e instanceof DatasetLoadError))
    throw new Error(`expected a DatasetLoadError, got ${String(e)}`)
  return e
}

describe('getDataset (issue 17)', () => {
  it('reports a connection that closes half way as a load error that may be retried', async () => {
    serve(() => {
      const body = new ReadableStream({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"schemaVersion":1,'))
          c.error(new TypeError('network error'))
        },
      })
      return new Response(body, { headers: { 'content-length': '4000' } })
    })
    const e = await failure('/half.json')
    expect(e.message).toMatch(/connection closed before all of \/half\.json arrived/)
    expect(e.transient).toBe(true)
  })

  it('says the server returned HTML, not "Unexpected token <"', async () => {
    serve(
      () =>
        new Response('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } }),
    )
    expect((await failure('/missing.json')).message).toBe(
      'The server returned a web page (HTML) for /missing.json, not a dataset file: check the address.',
    )
  })

  it('refuses a body over the stated size limit before reading it', async () => {
    serve(() => new Response('{}', { headers: { 'content-length': String(600 * 1024 * 1024) } }))
    expect((await failure('/huge.json')).message).toBe(
      '/huge.json is 600 MB: Blueline opens dataset files up to 400 MB.',
    )
  })

  it('names a dataset by the hash of its bytes, not the version it claims', async () => {
    const d = { ...loadRealDataset(), version: 'claimed-builtin', provenance: undefined }
    const text = JSON.stringify(d)
    serve(() => new Response(text))
    const loaded = await getDataset('https://data.example.org/x.json')
    expect(loaded.provenance).toEqual({
      kind: 'link',
      origin: 'https://data.example.org/x.json',
      hash: createHash('sha256').update(text).digest('hex').slice(0, 12),
    })
  })
})
