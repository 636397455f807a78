import { expect, test } from '@playwright/test'

test('an implied stance is marked apart from a stated one, in the cell, its name and the evidence', async ({
  page,
}) => {
  await page.goto('/matrix?from=2024-10-31&to=2024-10-31')
  const matrix = page.getByRole('grid', { name: 'Stances of each actor on each issue' })
  const implied = matrix.getByRole('button', {
    name: 'Israel on Lebanese army deployment: supports (implied)',
    exact: true,
  })
  const stated = matrix.getByRole('button', {
    name: 'United States on Lebanese army deployment: supports',
    exact: true,
  })
  await expect(implied).toBeVisible()
  await expect(stated).toBeVisible()
  // The same stance icon, boxed with a dashed line only where it is implied.
  await expect(implied.getByText('✔')).toHaveCSS('outline-style', 'dashed')
  await expect(stated.getByText('✔')).toHaveCSS('outline-style', 'none')
  const view = page.getByRole('region', { name: 'Position matrix' })
  await expect(view.getByRole('list', { name: 'Legend' })).toContainText('implied')
  await matrix.screenshot({ path: 'test-results/implied-stance-matrix.png' })

  await implied.click()
  await expect(page).toHaveURL(/sel=cell%3Aisrael%3Alaf-deployment/)
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await expect(evidence.getByText('supports (implied)').first()).toBeVisible()
  await expect(evidence.getByText(/^Implied: Read from /)).toBeVisible()
  await evidence.screenshot({ path: 'test-results/implied-stance-evidence.png' })
})
