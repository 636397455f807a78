import { expect, test } from '@playwright/test'

test('casualty figures: table rows, selecting a figure, and the date filter', async ({ page }) => {
  await page.goto('/casualties')
  const view = page.getByRole('region', { name: 'Casualty figures' })
  await expect(view.getByRole('button', { name: /reported/ })).toHaveCount(12)

  await view.getByRole('button', { name: 'Show data table' }).click()
  await expect(page).toHaveURL(/tables=casualties/)
  const table = view.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(13)

  await table
    .getByRole('button', { name: /Select Lebanese health ministry: more than 2,800 killed/ })
    .click()
  await expect(page).toHaveURL(/sel=cas-lebanon-killed-2800/)

  await page.goto('/casualties?from=2024-11-01&to=2024-11-30')
  const marks = view.getByRole('button', { name: /reported/ })
  await expect(marks).toHaveCount(2)
  await expect(marks.first()).toHaveAccessibleName(/more than 3,500 killed, People in Lebanon/)
  await expect(marks.last()).toHaveAccessibleName(/more than 120 killed, Israelis/)
  await marks.first().press('Enter')
  await expect(page).toHaveURL(/sel=cas-lebanon-killed-3500/)
})

test('a mark’s tooltip shows whole on a chart shorter than the tooltip', async ({ page }) => {
  // Two rows make a chart about 100 px tall; the tooltip is about 200. The view's frame scrolls
  // sideways, so it clipped a tooltip drawn inside it (its top or bottom lines were cut off).
  await page.goto('/casualties?from=2024-11-15')
  const view = page.getByRole('region', { name: 'Casualty figures' })
  const marks = view.getByRole('button', { name: /reported/ })
  await expect(marks).toHaveCount(2)
  for (const mark of [marks.first(), marks.last()]) {
    await mark.hover()
    const tooltip = page.getByRole('tooltip')
    await expect(tooltip).toContainText('Claimant')
    // Each corner of the tooltip is the tooltip itself on screen, not something drawn over it or
    // a frame that cut it off. The tooltip ignores the pointer, so hit testing finds it only while
    // it is told not to.
    const corners = await tooltip.evaluate((el: HTMLElement) => {
      el.style.pointerEvents = 'auto'
      const r = el.getBoundingClientRect()
      const inset = 3
      const hits = [
        [r.left + inset, r.top + inset],
        [r.right - inset, r.top + inset],
        [r.left + inset, r.bottom - inset],
        [r.right - inset, r.bottom - inset],
      ].map(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!)
        return !!hit && el.contains(hit) && y! <= window.innerHeight && x! <= window.innerWidth
      })
      el.style.pointerEvents = ''
      return hits
    })
    expect(corners).toEqual([true, true, true, true])
  }
})
