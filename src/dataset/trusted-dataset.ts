/**
 * The SHA-256 (hex) of the dataset file the build validated and published, set by vite.config.ts;
 * empty when the build had none (unit tests, a build before `npm run data`).
 */
const BUILT = import.meta.env.VITE_BUILT_IN_DATASET_SHA256 ?? ''

/** Lowercase hex of a digest. */
export const toHex = (digest: ArrayBuffer) =>
  [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')

/**
 * True when `bytes` are exactly the dataset file this build validated. False whenever that cannot
 * be shown: no recorded digest, or no Web Crypto (plain http on a remote host is not a secure
 * context), so the caller falls back to full validation.
 */
export async function isBuiltInDataset(
  bytes: ArrayBuffer,
  expected: string = BUILT,
): Promise<boolean> {
  if (!expected || typeof crypto === 'undefined' || !crypto.subtle) return false
  return toHex(await crypto.subtle.digest('SHA-256', bytes)) === expected
}
