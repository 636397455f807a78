import { expect, test, type Page } from '@playwright/test'
import { hostileCorpus } from '../scripts/hostile-corpus'

// Issue 17: the app stays up, the message names the problem, and the dataset and URL state stay.
const corpus = hostileCorpus()
// Loading another dataset fetches the validator chunk first: on a loaded 2-core machine, seconds.
const LOAD = 20_000
const file = (name: string) => corpus.find((h) => h.name === name)!

test.beforeEach(async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`unexpected dialog: ${d.message()}`)
  })
  // Matched on the path: a glob would also match a page address ending in ?dataset=/hostile/x.json.
  await page.route(
    (url) => url.pathname.startsWith('/hostile/'),
    (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!
      const h = corpus.find((x) => x.name === name)
      return h
        ? route.fulfill({ body: h.text, contentType: 'application/json' })
        : route.fulfill({ status: 404 })
    },
  )
})

const openFile = (page: Page, name: string) =>
  page.getByLabel('Dataset file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(file(name).text),
  })

for (const h of corpus.filter((x) => x.verdict === 'refused')) {
  test(`opened from disk, ${h.name} (${h.why}) is refused and loses nothing`, async ({ page }) => {
    await page.goto('/?from=2024-10-30&actor=us')
    await openFile(page, h.name)
    const alert = page.getByRole('alert').filter({ hasText: h.name })
    await expect(alert).toContainText(h.says!, { timeout: LOAD })
    await expect(page.getByRole('banner')).toContainText('Dataset: built-in')
    await expect(page).toHaveURL(/\/\?from=2024-10-30&actor=us$/)
    await expect(page.getByRole('region', { name: 'Position matrix' })).toBeVisible()
  })
}

test('a link to a dataset spanning 1900 to 9999 gets a message, not a frozen tab', async ({
  page,
}) => {
  await page.goto('/about?dataset=/hostile/span-9999.json&from=2024-10-30')
  await expect(page.getByRole('alert')).toContainText('a dataset may span at most 100 years', {
    timeout: LOAD,
  })
  await expect(page.getByRole('alert')).toContainText('Showing the built-in dataset instead.')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page).toHaveURL(/\/about\?dataset=\/hostile\/span-9999\.json&from=2024-10-30$/)
})

test('a file claiming another version is printed by its own hash and address', async ({
  page,
  baseURL,
}) => {
  await page.goto('/brief?dataset=/hostile/impostor-version.json')
  await expect(
    page.getByText(
      `Blueline dataset: imported from ${baseURL}/hostile/impostor-version.json, content SHA-256 `,
    ),
  ).toBeVisible({ timeout: LOAD })
  await expect(page.locator('body')).not.toContainText('built-in-version')
})

test('a missing path that the server answers with HTML says so', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/nowhere/data.json',
    (route) =>
      route.fulfill({ body: '<!doctype html><title>Blueline</title>', contentType: 'text/html' }),
  )
  await page.goto('/?dataset=/nowhere/data.json')
  await expect(page.getByRole('alert')).toContainText(
    'The server returned a web page (HTML) for /nowhere/data.json, not a dataset file',
  )
})
