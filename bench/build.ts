import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const RETRIES = 4
const RETRY_WAIT_MS = 60_000

/**
 * Runs `npx vite build ...args` from the repo root. Others edit src/ while the bench runs, so a
 * failing build is retried a few times a minute apart before giving up.
 */
export async function viteBuild(
  root: string,
  args: string[],
  label: string,
  env: Record<string, string> = {},
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now()
    const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    })
    if (result.status === 0) return performance.now() - started
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-15).join('\n')
    if (attempt > RETRIES)
      throw new Error(`${label} build failed ${attempt} times; last output:\n${tail}`)
    console.error(
      `${label} build failed (attempt ${attempt}); retrying in ${RETRY_WAIT_MS / 1000} s:\n${tail}`,
    )
    await sleep(RETRY_WAIT_MS)
  }
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
