import { expect, test } from '@playwright/test'

test('the summary page shows the dataset and its sources', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ceasefire talks')
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(6)
  await expect(page.getByRole('cell', { name: 'Financial Times inferred' })).toBeVisible()
})
