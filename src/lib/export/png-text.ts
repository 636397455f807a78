/**
 * Text chunks for a PNG, so the citations travel inside the file: `tEXt` (Latin-1, per the PNG
 * spec) for the one-line source, `iTXt` (UTF-8) for the full citations, which hold curly quotes
 * and non-Latin names.
 */

let table: Uint32Array | undefined
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      table[n] = c >>> 0
    }
  }
  let crc = 0xffffffff
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

const latin1 = (s: string) =>
  Uint8Array.from(s.replace(/[^\x20-\x7e\xa0-\xff\n]/g, '?'), (c) => c.charCodeAt(0))

/** A `tEXt` chunk: keyword, NUL, Latin-1 text (other characters become '?'). */
export function textChunk(keyword: string, value: string): Uint8Array {
  return chunk('tEXt', new Uint8Array([...latin1(keyword), 0, ...latin1(value)]))
}

/** An uncompressed `iTXt` chunk: keyword, NUL, flag 0, method 0, empty language and translated keyword, UTF-8 text. */
export function internationalTextChunk(keyword: string, value: string): Uint8Array {
  const utf8 = new TextEncoder().encode(value)
  return chunk('iTXt', new Uint8Array([...latin1(keyword), 0, 0, 0, 0, 0, ...utf8]))
}

/** The PNG with `chunks` inserted just before its IEND chunk (the last 12 bytes). */
export function withChunks(png: Uint8Array, chunks: readonly Uint8Array[]): Uint8Array {
  const end = png.length - 12
  const size = chunks.reduce((n, c) => n + c.length, 0)
  const out = new Uint8Array(png.length + size)
  out.set(png.subarray(0, end))
  let at = end
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  out.set(png.subarray(end), at)
  return out
}

/** Reads every tEXt and iTXt chunk of a PNG back: for tests and for anyone checking a file. */
export function readTextChunks(png: Uint8Array): Record<string, string> {
  const found: Record<string, string> = {}
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const data = png.subarray(at + 8, at + 8 + length)
    const nul = data.indexOf(0)
    const key = String.fromCharCode(...data.subarray(0, nul))
    if (type === 'tEXt') found[key] = String.fromCharCode(...data.subarray(nul + 1))
    if (type === 'iTXt') {
      let p = nul + 3
      p = data.indexOf(0, p) + 1
      p = data.indexOf(0, p) + 1
      found[key] = new TextDecoder().decode(data.subarray(p))
    }
    at += 12 + length
  }
  return found
}
