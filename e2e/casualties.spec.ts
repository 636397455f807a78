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
