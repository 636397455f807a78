import { expect, test } from '@playwright/test'

test('a matrix cell shows its quotes, and "Read in source" opens the article at the passage', async ({
  page,
}) => {
  await page.goto('/?sel=cell:israel:freedom-to-strike')
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await expect(evidence.getByRole('heading', { name: /^Israel on / })).toBeVisible()
  await expect(evidence.getByRole('heading', { name: 'How the stance evolved' })).toBeVisible()
  await expect(
    evidence
      .getByRole('blockquote')
      .filter({ hasText: /imminent|prerequisite/ })
      .first(),
  ).toBeVisible()

  await evidence.getByRole('link', { name: 'Read in source' }).first().click()
  await expect(page).toHaveURL(
    /\/sources\/[a-z0-9-]+\?.*sel=cell%3Aisrael%3Afreedom-to-strike.*#q-\d+$/,
  )
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(article.getByTitle('The passage you followed').first()).toBeInViewport()

  await page
    .getByRole('region', { name: /Cited passages/ })
    .getByRole('button', { name: /^Position/ })
    .first()
    .click()
  await expect(page).toHaveURL(/sel=pos-/)
  await expect(evidence.getByRole('button', { name: 'Clear selection' })).toBeVisible()
})
