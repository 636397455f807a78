import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'
import { assertBuildTrusts, viteBuild } from './build'
import { prepareDataset, type PreparedDataset } from './datasets'
import type { Limits } from './interactions'
import { loadPage, type OpenPage } from './measure'
import { limitsFor, OVERVIEW_READY } from './scenarios'
import { startServer } from './serve'

/** What a page must show before it is timed: the overview's three views, or any view's range. */
export const readyOn = (path: string): string[] =>
  path === '/' ? OVERVIEW_READY : ['[data-range]']

/**
 * For the tools that look inside one page (`bench:profile`, `bench:trace`): builds the app with
 * the scale as its own dataset into bench/out/dist-<key>-<tool> (or reuses it), checks the build
 * trusts that file, serves it and opens `path` in Chromium. Runs `inspect`, then closes everything.
 */
export async function withToolPage(
  options: {
    root: string
    tool: string
    scale: string
    seed: number
    path: string
    reuseBuild: boolean
    buildArgs?: string[]
  },
  inspect: (
    page: OpenPage,
    context: { prepared: PreparedDataset; limits: Limits; browser: Browser },
  ) => Promise<void>,
): Promise<void> {
  const key = options.scale === 'real' ? 'real' : (`x${Number(options.scale)}` as const)
  const prepared = prepareDataset(options.root, key, options.seed)
  const dist = join(options.root, 'bench', 'out', `dist-${key}-${options.tool}`)
  if (!options.reuseBuild || !existsSync(dist))
    viteBuild(
      options.root,
      ['--outDir', dist, '--emptyOutDir', ...(options.buildArgs ?? [])],
      options.tool,
      { BLUELINE_TRUSTED_DATASET: prepared.path },
    )
  assertBuildTrusts(dist, prepared.path, key)
  const server = await startServer(dist)
  server.setDataset(prepared.path)
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: CHROMIUM_ARGS,
  })
  try {
    const limits = limitsFor(prepared.bytes)
    const open = await loadPage(
      browser,
      server,
      dist,
      options.path,
      readyOn(options.path),
      limits.loadMs,
    )
    if (open.load.error) throw new Error(open.load.error)
    try {
      await inspect(open, { prepared, limits, browser })
    } finally {
      await open.context.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
