import { expect, test } from '@playwright/test'

test('/people lists everyone, Qassem and Katz included, and leads to a person’s page', async ({
  page,
}) => {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'People' })
    .click()
  await expect(page).toHaveURL(/\/people$/)
  const people = page.getByRole('table', { name: 'People' })
  await expect(people.getByRole('link', { name: 'Israel Katz' })).toBeVisible()
  await people.getByRole('link', { name: 'Naim Qassem' }).click()
  await expect(page).toHaveURL(/\/people\/qassem$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Naim Qassem' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Statements \([1-9]/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Meetings (0)' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Read in source' }).first()).toBeVisible()
})

test('/sources lists every article with how its outlet and date are known', async ({ page }) => {
  await page.goto('/sources')
  const table = page.getByRole('table', { name: 'Articles' })
  await expect(table.getByRole('row')).toHaveCount(6)
  await expect(table).toContainText('Date line in the text')
  await table.getByRole('link', { name: /Hochstein to meet Netanyahu/ }).click()
  await expect(page).toHaveURL(/\/sources\/ft-hochstein-nov21$/)
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toBeVisible()
})

test('/disputes shows both sides of each, and selecting one opens its evidence', async ({
  page,
}) => {
  await page.goto('/disputes')
  await expect(page.getByRole('heading', { level: 1, name: 'Disputes' })).toBeVisible()
  const first = page.getByRole('listitem').filter({ hasText: 'unilateral' }).first()
  await expect(first.getByRole('region')).toHaveCount(2)
  await first.getByRole('link', { name: 'Select it in the views' }).click()
  await expect(page).toHaveURL(/\/\?sel=dispute-unilateral-request/)
  await expect(page.getByRole('complementary', { name: 'Evidence' })).toContainText('Denial')
})

test('a matrix row header shows the US timeline with its changes', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('grid').getByRole('button', { name: 'United States', exact: true }).click()
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await expect(
    evidence.getByRole('heading', { name: 'United States: positions by date' }),
  ).toBeVisible()
  await expect(evidence.getByRole('list', { name: 'US positions by date' })).toContainText(
    'Δ from supports and ambiguous',
  )
  await evidence.getByRole('link', { name: 'Open as its own page' }).click()
  await expect(page).toHaveURL(/\/actors\/us\?actor=us/)
  await expect(page.getByRole('heading', { level: 1, name: /United States/ })).toBeVisible()
  await expect(page.getByText(/Δ changed from supports and ambiguous/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export' })).toBeVisible()
})
