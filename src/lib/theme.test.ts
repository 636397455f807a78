import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DARK, LIGHT, THEME_VARS } from './theme'

const css = readFileSync(new URL('../app/styles.css', import.meta.url), 'utf8')

/** The `--name: value` declarations of the first block after `selector`. */
function variables(selector: string): Record<string, string> {
  const start = css.indexOf(selector)
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start))
  return Object.fromEntries(
    [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m): [string, string] => [m[1]!, m[2]!]),
  )
}

describe('theme palettes', () => {
  it.each([
    ['LIGHT', LIGHT, ':root {'],
    ['DARK', DARK, ":root:not([data-theme='light'])"],
  ] as const)('%s holds the colours styles.css gives that scheme', (_, palette, selector) => {
    const vars = variables(selector)
    for (const [key, name] of Object.entries(THEME_VARS)) {
      expect(palette[key as keyof typeof THEME_VARS], name).toBe(vars[name])
    }
  })
})
