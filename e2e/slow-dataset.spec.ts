import { expect, test } from '@playwright/test'
import { generateDataset } from '../scripts/generate-dataset'

// Issue 17, defect 6: while a named dataset arrives, what the URL says about it is kept, not judged
// against the built-in dataset. `pos-0` exists only in the synthetic dataset.
test('a slow dataset: a click during the load keeps the selection, which shows once it arrives', async ({
  page,
}) => {
  const body = JSON.stringify(generateDataset(0.05, 11))
  await page.route('**/slow.json', async (route) => {
    await new Promise((done) => setTimeout(done, 5_000))
    await route.fulfill({ body, contentType: 'application/json' })
  })
  await page.goto('/matrix?dataset=/slow.json&sel=pos-0')
  await page
    .getByRole('region', { name: 'Position matrix' })
    .getByRole('button', { name: 'Show data table' })
    .click()
  await expect(page).toHaveURL(/tables=matrix/)
  await expect(page).toHaveURL(/sel=pos-0/)
  await expect(page.getByText(/nothing called/)).toHaveCount(0)

  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await expect(evidence).toContainText('synthetic position', { timeout: 30_000 })
  await expect(page).toHaveURL(/sel=pos-0/)
  await expect(page.getByText(/nothing called/)).toHaveCount(0)
})
