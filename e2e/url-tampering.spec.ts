import { expect, test } from '@playwright/test'

test('bad URL parameters are dropped with a visible notice, never a crash', async ({ page }) => {
  await page.goto(`/?from=2024-02-30&to=2024-10-01&actor=narnia&sel=${'x'.repeat(500)}&foo=1`)
  const notice = page.getByRole('status', { name: 'Link problems' })
  await expect(notice).toContainText('"2024-02-30" is not a real date')
  await expect(notice).toContainText('no actor "narnia"')
  await expect(notice).toContainText('500 characters long')
  await expect(page.getByRole('region', { name: 'Position matrix' })).toBeVisible()
  await notice.getByRole('button', { name: 'Remove them from the link' }).click()
  await expect(page).toHaveURL(/\/\?to=2024-10-01$/)
})

test('a reversed range is swapped and said so', async ({ page }) => {
  await page.goto('/?from=2024-11-21&to=2024-10-31')
  await expect(page.getByRole('status', { name: 'Link problems' })).toContainText('reversed')
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue('31 Oct 2024')
})
