import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { isBuiltInDataset, toHex } from './trusted-dataset'

const bytes = (s: string) => new TextEncoder().encode(s).buffer
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

describe('isBuiltInDataset', () => {
  it('accepts exactly the bytes whose digest the build recorded', async () => {
    expect(await isBuiltInDataset(bytes('{"a":1}'), sha256('{"a":1}'))).toBe(true)
  })

  it('refuses any other bytes, even a one-character change', async () => {
    expect(await isBuiltInDataset(bytes('{"a":2}'), sha256('{"a":1}'))).toBe(false)
    expect(await isBuiltInDataset(bytes('{"a":1} '), sha256('{"a":1}'))).toBe(false)
  })

  it('refuses everything when the build recorded no digest', async () => {
    expect(await isBuiltInDataset(bytes(''), '')).toBe(false)
  })

  it('writes digests as lowercase hex, as Node does', () => {
    expect(toHex(new Uint8Array([0, 15, 255]).buffer)).toBe('000fff')
  })
})
