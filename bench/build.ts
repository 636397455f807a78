import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Runs `npx vite build ...args` from the repo root. A failing build throws at once with the end of its output: a broken tree should stop the bench, not be retried.
 */
export function viteBuild(
  root: string,
  args: string[],
  label: string,
  env: Record<string, string> = {},
): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  })
  if (result.status === 0) return
  const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n')
  throw new Error(`${label} build failed; its output ends:\n${tail}`)
}

/**
 * Throws unless the build in `distDir` trusts the exact bytes of `datasetPath`: its scripts carry
 * the file's SHA-256, which vite.config.ts reads when the build starts. A build made before the
 * dataset existed (a fresh checkout) or from other bytes would validate the file in the browser,
 * and its first render would time that validation instead of the app (docs/decisions/007).
 */
export function assertBuildTrusts(distDir: string, datasetPath: string, label: string): void {
  const digest = createHash('sha256').update(readFileSync(datasetPath)).digest('hex')
  const assets = join(distDir, 'assets')
  const trusted = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .some((f) => readFileSync(join(assets, f), 'utf8').includes(digest))
  if (!trusted)
    throw new Error(
      `${label}: the build in ${distDir} does not carry the digest of ${datasetPath}; rebuild without --reuse-build`,
    )
}
