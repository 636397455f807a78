import { test } from '@playwright/test'
for (const [name, url] of [
  ['people', '/people'],
  ['berri', '/people/berri'],
  ['actor', '/actors/us'],
  ['focus', '/?actor=us'],
  ['disputes', '/disputes'],
  ['sources', '/sources'],
] as const) {
  test(`shot ${name}`, async ({ page }) => {
    await page.goto(url)
    await page.waitForTimeout(500)
    await page.screenshot({ path: `test-results/shot-${name}.png` })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: `test-results/shot-${name}-390.png` })
  })
}
