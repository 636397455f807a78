import { expect, test } from '@playwright/test'

test("typing a full date into From gives that date, in the app's format; the URL keeps ISO", async ({
  page,
}) => {
  await page.goto('/')
  const from = page.getByRole('textbox', { name: 'From' })
  // The field shows dates as the rest of the app does, not in the browser's locale.
  await expect(from).toHaveValue('7 Oct 2023')
  await from.fill('')
  // Typed a key at a time: a year part-way (2, 20, 202) is never written, so it cannot snap back.
  await from.pressSequentially('31 Oct 2024')
  await expect(page).toHaveURL(/[?&]from=2024-10-31(&|$)/)
  await expect(from).toHaveValue('31 Oct 2024')
  await page.keyboard.press('Tab')
  await expect(from).toHaveValue('31 Oct 2024')

  // Day-first digits work too; text that is not a date stays, with a message, and loses nothing.
  await from.fill('01112024')
  await expect(page).toHaveURL(/[?&]from=2024-11-01(&|$)/)
  await from.fill('31 Octember')
  await page.keyboard.press('Tab')
  await expect(from).toHaveValue('31 Octember')
  await expect(from).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert')).toContainText('is not a date: type it as 7 Oct 2023')
  await expect(page).toHaveURL(/[?&]from=2024-11-01(&|$)/)
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
})

test('a link pinned to another dataset version says so under its own heading, with what to do', async ({
  page,
}) => {
  await page.goto('/matrix?actor=us&v=some-older-version')
  const notice = page.getByRole('status', {
    name: 'This link was made with another version of the dataset',
  })
  await expect(notice).toContainText('The link expected dataset version “some-older-version”')
  await expect(notice).toContainText('the dataset open here is version')
  // Not among the parameters "not understood and ignored": it was understood.
  await expect(page.getByRole('status', { name: 'Link problems' })).toHaveCount(0)
  await notice.getByRole('button', { name: /^Use version/ }).click()
  await expect(notice).toHaveCount(0)
  await expect(page).toHaveURL(/[?&]actor=us(&|$)/)
  expect(new URL(page.url()).searchParams.get('v')).toBeNull()
})
