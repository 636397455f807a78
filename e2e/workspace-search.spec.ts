import { expect, test } from '@playwright/test'

const TITLE = 'Army ready to deploy, Beirut says'
const TEXT = 'BEIRUT: The army said it was ready to deploy along the Awali river within days.'

test('a workspace save reaches the search at once: the new article is found, the old text is not', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('grid')).toBeVisible()
  const box = page.getByRole('searchbox', { name: 'Search' })
  // Indexes the published dataset first, so the save below changes an index the worker holds.
  await box.fill('Awali')
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing matches "Awali"' }),
  ).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Workspace' })
    .click()
  await page.getByRole('button', { name: 'Add article' }).click()
  await page.getByLabel('Title', { exact: true }).fill(TITLE)
  await page.getByLabel('Published', { exact: true }).fill('2024-11-26')
  await page.getByLabel('Article text').fill(TEXT)
  await page.getByRole('button', { name: 'Save article' }).click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()

  await box.fill('Awali')
  const sentences = page.getByRole('region', { name: /In the articles/ })
  await expect(sentences.getByRole('link', { name: TITLE })).toBeVisible()
  await expect(sentences.locator('mark', { hasText: 'Awali' })).toBeVisible()
  await page.screenshot({ path: 'test-results/workspace-search-found.png' })

  // Discarding the workspace takes the article out of the index again.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Workspace' })
    .click()
  await page.getByRole('button', { name: 'Discard workspace' }).click()
  await page.getByRole('button', { name: /^Discard \d+ changes?$/ }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'The workspace was discarded.' }),
  ).toBeVisible()
  // The field (and the URL) still hold the word: Enter opens its results again.
  await expect(box).toHaveValue('Awali')
  await box.press('Enter')
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing matches "Awali"' }),
  ).toBeVisible()
})
