import { expect, test, type Page } from '@playwright/test'

/** Tab presses from the top of the page until `target` has focus (at most `limit`). */
async function tabsTo(page: Page, target: ReturnType<Page['locator']>, limit: number) {
  for (let tabs = 1; tabs <= limit; tabs++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return tabs
  }
  return Infinity
}

test('the casualty chart is one Tab stop: arrows move by date, Home/End jump, Enter selects', async ({
  page,
}) => {
  await page.goto('/casualties')
  const view = page.getByRole('region', { name: 'Casualty figures' })
  const marks = view.getByRole('button', { name: /reported/ })
  await expect(marks).toHaveCount(12)
  // The first by date, then value: UNICEF's "at least 1 a day", reported 31 Oct.
  const first = view.getByRole('button', { name: /^UNICEF: at least 1 a day killed/ })
  expect(await tabsTo(page, first, 80)).toBeLessThan(80)
  // One more Tab leaves the chart: no other mark takes it.
  await page.keyboard.press('Tab')
  await expect(marks.filter({ has: page.locator(':focus') })).toHaveCount(0)
  await expect(page.locator(':focus[data-figure]')).toHaveCount(0)
  await page.keyboard.press('Shift+Tab')
  await expect(first).toBeFocused()

  await page.keyboard.press('End')
  const last = view.getByRole('button', { name: /more than 3,500 killed, People in Lebanon/ })
  await expect(last).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(view.getByRole('button', { name: /more than 120 killed/ })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/[?&]sel=cas-/)
  await expect(page.locator('[data-figure][tabindex="0"]')).toHaveCount(1)
})

test('the meeting graph nodes are one Tab stop, in name order, and Enter selects', async ({
  page,
}) => {
  await page.goto('/meetings')
  const graph = page.getByRole('group', { name: /^Meeting graph:/ })
  // Two Tab stops in the graph: the nodes, then the links.
  await expect(graph.locator('g[role="button"][tabindex="0"]')).toHaveCount(2)
  const first = graph.getByRole('button', { name: 'Abdel Fattah el-Sisi', exact: true })
  expect(await tabsTo(page, first, 120)).toBeLessThan(120)
  await page.keyboard.press('ArrowRight')
  const second = page.locator(':focus')
  await expect(second).not.toHaveAttribute('aria-label', 'Abdel Fattah el-Sisi')
  await expect(second).toHaveAttribute('tabindex', '0')
  await expect(first).toHaveAttribute('tabindex', '-1')
  await page.keyboard.press('End')
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/[?&](person|sel)=/)
})
