import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * No inline script and no eval; inline styles allowed (React style props); other datasets from this
 * site or over https only. A deployment that reads data from known hosts only narrows connect-src
 * to them (decision 018).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/**
 * What only response headers can say (a meta tag cannot carry frame-ancestors, and the others are
 * headers by nature). `npm start`/`vite preview` sends them; the build writes them as `_headers`
 * for hosts that read that file (Netlify, Cloudflare Pages); decision 018 has an nginx sample.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  // A dataset fetched from another site must not learn the analyst's filters from the Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
}

const headersFile = (): Plugin => ({
  name: 'blueline-headers-file',
  apply: 'build',
  generateBundle() {
    const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)
    this.emitFile({ type: 'asset', fileName: '_headers', source: ['/*', ...lines, ''].join('\n') })
  },
})

// Production only: the dev server's React refresh preamble is an inline script the policy would block.
const contentSecurityPolicy = (): Plugin => ({
  name: 'blueline-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
})

// The digest of the dataset `npm run data` validated and wrote: the app skips re-validating a file
// with exactly these bytes (decision 007). Read when the config loads, which `npm run build` and
// `npm run dev` do only after building the dataset.
// BLUELINE_TRUSTED_DATASET names another file: the bench builds each synthetic scale as the app's
// own dataset this way, the case of a deployment that ships a larger validated dataset.
const DATASET_FILE = process.env.BLUELINE_TRUSTED_DATASET ?? 'public/data/dataset.json'
const datasetDigest = existsSync(DATASET_FILE)
  ? createHash('sha256').update(readFileSync(DATASET_FILE)).digest('hex')
  : ''

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), headersFile()],
  define: {
    'import.meta.env.VITE_BUILT_IN_DATASET_SHA256': JSON.stringify(datasetDigest),
  },
  build: {
    outDir: 'dist',
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
  test: {
    // A safety net, not a speed check: the big-table and byte-identical-build tests take 1-2 s alone and
    // passed 5 s only on an idle machine; a shared 2-core CI box must not turn that into a failure.
    testTimeout: 30_000,
    // Vitest 4 dropped `environmentMatchGlobs`; projects give .ts tests Node and .tsx tests a DOM.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['./src/test/setup-dom.ts'],
        },
      },
    ],
  },
})
