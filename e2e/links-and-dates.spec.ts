import { expect, test } from '@playwright/test'

test('typing a full date into From gives that date', async ({ page }) => {
  await page.goto('/')
  const from = page.getByRole('textbox', { name: 'From' })
  await from.click()
  // Chrome's date field in en-US: month, day, year, typed as one run of digits.
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('10312024')
  await expect(page).toHaveURL(/from=2024-10-31/)
  await expect(from).toHaveValue('2024-10-31')
  await expect(page.getByText('31 Oct 2024', { exact: true }).first()).toBeVisible()
})

test('a copied link carries both ends of the range and the dataset version', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/matrix?actor=us')
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()))
  expect(copied.pathname).toBe('/matrix')
  expect(copied.searchParams.get('actor')).toBe('us')
  expect(copied.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(copied.searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect(copied.searchParams.get('v')).toBeTruthy()

  // The link opens on the same screen without a word about its version.
  await page.goto(copied.pathname + copied.search)
  await expect(page.getByRole('status', { name: 'Link problems' })).toHaveCount(0)
  await page.goto('/matrix?v=some-older-version')
  await expect(page.getByRole('status', { name: 'Link problems' })).toContainText(
    'made with dataset version "some-older-version"',
  )
})
