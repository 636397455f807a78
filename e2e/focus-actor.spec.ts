import { expect, test } from '@playwright/test'

test('focusing an actor in the matrix carries across views and routes', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('grid').getByRole('button', { name: 'United States', exact: true }).click()
  await expect(page).toHaveURL(/actor=us/)
  await expect(page.getByRole('list', { name: 'Focus' })).toContainText('Actor: United States')
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Meetings' })
    .click()
  await expect(page).toHaveURL(/\/meetings\?actor=us/)
  await page.getByRole('button', { name: 'Clear Actor: United States' }).click()
  await expect(page).not.toHaveURL(/actor=/)
})
