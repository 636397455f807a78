import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/** Flags for a quiet, offline headless Chromium (no sandbox: CI runs as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

function playwrightBundledChromium(): string | undefined {
  try {
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

/**
 * The Chromium binary the e2e tests drive, in order of preference:
 * 1. `CHROMIUM_PATH` (must exist if set),
 * 2. Playwright's own bundled Chromium, if it has been installed,
 * 3. Debian's `/usr/bin/chromium` (`apt-get install chromium`).
 */
export function chromiumExecutablePath(): string {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`)
    }
    return fromEnv
  }
  const bundled = playwrightBundledChromium()
  if (bundled) return bundled
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM
  throw new Error(
    'No Chromium found for the e2e tests. Either set CHROMIUM_PATH to a Chromium binary, ' +
      "install Playwright's own browser (npx playwright install chromium, needs internet), " +
      `or install the system package so that ${SYSTEM_CHROMIUM} exists (apt-get install -y chromium).`,
  )
}
