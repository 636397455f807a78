import { expect, test } from '@playwright/test'

test('the about page shows the dataset, its sources and how it was made', async ({ page }) => {
  await page.goto('/about')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ceasefire talks')
  const sources = page.getByRole('table')
  await expect(sources.getByRole('row')).toHaveCount(6)
  await expect(sources.getByText('Financial Times')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'How it was made' })).toBeVisible()
  await sources.getByRole('link', { name: /unilateral ceasefire/ }).click()
  await expect(page).toHaveURL(/\/sources\/unilateral-ceasefire-request-nov1$/)
})

test('an unknown path says so and links home', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the overview' }).click()
  await expect(page).toHaveURL(/\/$/)
})
