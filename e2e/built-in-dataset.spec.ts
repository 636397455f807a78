import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// The app skips re-validating the built-in dataset only when its bytes are the ones the build
// validated (decision 007). A file changed after the build must get every check again.
const built = readFileSync('public/data/dataset.json', 'utf8')

test('a built-in dataset edited after the build is validated again and its misquote reported', async ({
  page,
}) => {
  const edited = JSON.parse(built) as { positions: { evidence: { quote: string }[] }[] }
  edited.positions[0]!.evidence[0]!.quote += ' and more'
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(edited) }),
  )
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset could not be loaded')
  await expect(alert).toContainText('positions[0].evidence[0].quote')
})

test('the built-in dataset as built loads without fetching the validator', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto('/')
  await expect(
    page.getByRole('grid', { name: 'Stances of each actor on each issue' }),
  ).toBeVisible()
  expect(scripts.some((s) => s.includes('parse-dataset'))).toBe(false)
})
