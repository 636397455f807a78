import { expect, test } from '@playwright/test'

test('home page shows the Blueline heading inside the main landmark', async ({ page }) => {
  await page.goto('/')
  const main = page.getByRole('main')
  await expect(main).toBeVisible()
  await expect(main.getByRole('heading', { level: 1, name: 'Blueline' })).toBeVisible()
  await expect(page).toHaveTitle(/Blueline/)
})
