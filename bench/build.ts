import { spawnSync } from 'node:child_process'
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
