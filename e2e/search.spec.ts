import { expect, test } from '@playwright/test'

test('searching "Litani" leads to the highlighted sentence in the FT article', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Search' })
  // The shortcut listens once the page is drawn; a key pressed before that reaches nothing.
  await expect(page.getByRole('grid')).toBeVisible()
  await page.keyboard.press('/')
  await expect(box).toBeFocused()
  await box.fill('Litani')
  await expect(page).toHaveURL(/\/search\?q=Litani/)
  const sentences = page.getByRole('region', { name: /In the articles/ })
  await expect(sentences.locator('mark', { hasText: 'Litani' }).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/search-litani.png' })
  await sentences
    .getByRole('link', { name: /Financial Times|Hochstein/ })
    .first()
    .click()
  await expect(page).toHaveURL(/\/sources\/ft-hochstein-nov21.*#t-\d+-\d+$/)
  const found = page.getByTitle('The sentence you searched for')
  await expect(found).toContainText('Litani')
  await expect(found).toBeInViewport()
  await expect(found).toBeFocused()
  await page.screenshot({ path: 'test-results/search-litani-source.png' })
})

test('searching "Berri" finds the person under both spellings, and his statement', async ({
  page,
}) => {
  await page.goto('/')
  await page.keyboard.press('Control+k')
  await page.getByRole('searchbox', { name: 'Search' }).fill('Berri')
  const people = page.getByRole('region', { name: /People/ })
  await expect(people.getByRole('link', { name: /Nabih Berri.*Nabiah Bari/ })).toBeVisible()
  await expect(
    page
      .getByRole('region', { name: /In the articles/ })
      .getByText(/Berri told the Lebanese daily/),
  ).toBeVisible()
  await people.getByRole('link', { name: /Nabih Berri/ }).click()
  await expect(page).toHaveURL(/\/people\/berri/)
  await expect(page.getByRole('heading', { level: 1, name: 'Nabih Berri' })).toBeVisible()
})
