import { expect, test } from '@playwright/test'

test('the meeting graph follows the date range in the URL', async ({ page }) => {
  const person = (name: string) => page.getByRole('button', { name, exact: true })
  // The timeline's brush handles are sliders also named From and To; the date inputs are textboxes.
  const date = (name: 'From' | 'To') => page.getByRole('textbox', { name, exact: true })
  await page.goto('/meetings')
  await expect(person('Ron Dermer')).toBeVisible()

  await date('From').fill('2024-10-31')
  await date('To').fill('2024-10-31')
  await expect(page).toHaveURL(/from=2024-10-31&to=2024-10-31/)
  await expect(person('Ron Dermer')).toBeVisible()
  await expect(person('William J. Burns')).toBeVisible()

  // To first, so the range never runs backwards on the way.
  await date('To').fill('2024-11-20')
  await date('From').fill('2024-11-20')
  await expect(page).toHaveURL(/from=2024-11-20&to=2024-11-20/)
  await expect(person('William J. Burns')).toHaveCount(0)
  await expect(person('Ron Dermer')).toBeVisible()

  const url = page.url()
  await page.reload()
  expect(page.url()).toBe(url)
  await expect(person('Ron Dermer')).toBeVisible()
  await expect(person('William J. Burns')).toHaveCount(0)

  await page.goBack()
  await expect(page).toHaveURL(/from=2024-10-31&to=2024-11-20/)
  await expect(person('William J. Burns')).toBeVisible()
})

test('a plain wheel over the graph scrolls the page; Ctrl with the wheel zooms the graph', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 })
  await page.goto('/')
  const graph = page.getByRole('group', { name: /^Meeting graph:/ })
  await graph.scrollIntoViewIfNeeded()
  const zoomLayer = graph.locator(':scope > g')
  const before = await zoomLayer.getAttribute('transform')
  const box = (await graph.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)

  const scrollY = await page.evaluate(() => window.scrollY)
  await page.mouse.wheel(0, 200)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY)
  expect(await zoomLayer.getAttribute('transform')).toBe(before)

  const box2 = (await graph.boundingBox())!
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2)
  const scrolled = await page.evaluate(() => window.scrollY)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect(zoomLayer).not.toHaveAttribute('transform', before ?? '')
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled)
})
