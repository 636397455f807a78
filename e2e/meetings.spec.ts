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
