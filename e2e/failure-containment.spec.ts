import { expect, test, type Page } from '@playwright/test'
import { hostileCorpus } from '../scripts/hostile-corpus'

// Issue 17, the smaller defects: each failure stays inside what failed, and says what happened.
const LOAD = 20_000
const corpus = hostileCorpus()
const openFile = async (page: Page, name: string) => {
  await page.getByLabel('Dataset file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(corpus.find((h) => h.name === name)!.text),
  })
  await expect(page.getByRole('banner')).toContainText(`Dataset: ${name}`, { timeout: LOAD })
}

test('a 1 MB actor name is cut in the matrix and the cells stay in view', async ({ page }) => {
  await page.goto('/matrix')
  await openFile(page, 'huge-label.json')
  const header = page.getByRole('rowheader', { name: /^Huge label/ })
  await expect(header).toBeVisible()
  expect((await header.boundingBox())!.width).toBeLessThan(300)
  // The row's first cell, drawn right of the cut name, is on screen.
  await expect(
    page.getByRole('row').filter({ has: header }).getByRole('gridcell').first(),
  ).toBeInViewport()
  await expect(header.getByRole('button')).toHaveAttribute('title', /^Huge label label /)
})

test('a casualty figure of 5e-324 is not drawn as 0', async ({ page }) => {
  await page.goto('/casualties')
  await openFile(page, 'tiny-value.json')
  const view = page.getByRole('region', { name: 'Casualty figures' })
  await view.getByRole('button', { name: 'Show data table' }).click()
  await expect(view.getByRole('table')).toContainText('5e-324')
})

test('a CSV export that cannot load its writer says so', async ({ page }) => {
  await page.goto('/matrix')
  await page.route(/\/assets\/csv-[^/]+\.js$/, (route) => route.abort('internetdisconnected'))
  const section = page.getByRole('region', { name: 'Position matrix' })
  await section.getByRole('button', { name: 'Export' }).click()
  await section.getByRole('button', { name: 'CSV', exact: true }).click()
  await expect(section.getByRole('status')).toContainText('Export failed')
})

test('a page whose code cannot load fails inside the layout, and Try again loads it', async ({
  page,
}) => {
  await page.goto('/?from=2024-10-30')
  await page.route(/\/assets\/about-route-[^/]+\.js$/, (route) =>
    route.abort('internetdisconnected'),
  )
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'About' }).click()
  await expect(page.getByRole('alert')).toContainText('This page could not be shown')
  await expect(page.getByRole('banner')).toContainText('Dataset: built-in')
  await page.unrouteAll()
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: LOAD })
  await expect(page).toHaveURL(/\/about\?from=2024-10-30$/)
})
