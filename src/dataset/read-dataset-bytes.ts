import { DatasetLoadError } from './load-error'

/**
 * The largest dataset file Blueline opens. A JavaScript string holds at most about 512 MiB, so a
 * larger file can only fail as "not valid JSON" half way through; the x1000 bench file is 216 MB.
 */
export const MAX_DATASET_BYTES = 400 * 1024 * 1024

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

/** The refusal of a file over the stated size limit, before it is read. */
export function tooLarge(file: string, bytes: number): DatasetLoadError {
  return new DatasetLoadError(
    file,
    `${file} is ${mb(bytes)}: Blueline opens dataset files up to ${mb(MAX_DATASET_BYTES)}.`,
  )
}

/**
 * Reads a response's body, saying what went wrong in words: a body over the size limit, a
 * connection that closed half way, or an HTML page where a dataset was expected.
 */
export async function readDatasetBytes(response: Response, file: string): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > MAX_DATASET_BYTES) throw tooLarge(file, declared)
  let bytes: ArrayBuffer
  try {
    bytes = await response.arrayBuffer()
  } catch (e) {
    throw new DatasetLoadError(
      file,
      `The connection closed before all of ${file} arrived (${(e as Error).message}). Try again.`,
      [],
      true,
    )
  }
  if (bytes.byteLength > MAX_DATASET_BYTES) throw tooLarge(file, bytes.byteLength)
  if (looksLikeHtml(response.headers.get('content-type'), bytes))
    throw new DatasetLoadError(
      file,
      `The server returned a web page (HTML) for ${file}, not a dataset file: check the address.`,
    )
  return bytes
}

/** An HTML answer: the usual fallback page of a single-page host for a path it does not have. */
function looksLikeHtml(contentType: string | null, bytes: ArrayBuffer): boolean {
  if (contentType?.toLowerCase().includes('text/html')) return true
  const head = new TextDecoder().decode(bytes.slice(0, 64)).trimStart().toLowerCase()
  return head.startsWith('<!doctype html') || head.startsWith('<html')
}
