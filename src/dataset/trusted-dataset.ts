/**
 * The SHA-256 (hex) of the dataset file the build validated and published, set by vite.config.ts;
 * empty when the build had none (unit tests, a build before `npm run data`).
 */
const BUILT = import.meta.env.VITE_BUILT_IN_DATASET_SHA256 ?? ''

/** Lowercase hex of a digest. */
export const toHex = (digest: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')

/**
 * SHA-256 (hex) of bytes: Web Crypto where the page is a secure context, else a JS implementation
 * (plain http on a remote host has no `crypto.subtle`), so every dataset is named by its content.
 */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  if (typeof crypto !== 'undefined' && crypto.subtle)
    return toHex(await crypto.subtle.digest('SHA-256', bytes))
  const { sha256 } = await import('@noble/hashes/sha2.js')
  return toHex(sha256(new Uint8Array(bytes)))
}

/** True when a digest is the one of the dataset file this build validated; never when none was recorded. */
export const isBuiltInDigest = (hex: string, expected: string = BUILT) =>
  !!expected && hex === expected

/** True when `bytes` are exactly the dataset file this build validated. */
export async function isBuiltInDataset(
  bytes: ArrayBuffer,
  expected: string = BUILT,
): Promise<boolean> {
  return isBuiltInDigest(await sha256Hex(bytes), expected)
}
