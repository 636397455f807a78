import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  addArticle,
  downloadAndBuild,
  expectInMatrix,
  QUOTE,
  savePosition,
} from './workspace-helpers'

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
}

test('an article added in the workspace, a position typed in the Quote field, in every view and in the download', async ({
  page,
}) => {
  await addArticle(page, 'Lebanon would accept a ceasefire (typed)')
  await page.getByLabel('Quote', { exact: true }).fill(QUOTE)
  await page.getByRole('button', { name: 'New position' }).click()
  await savePosition(page)
  await expectInMatrix(page)
  await downloadAndBuild(page)
})

test('the same through a mouse selection in the article', async ({ page }) => {
  await addArticle(page, 'Lebanon would accept a ceasefire (selected)')
  // The annotation panel drawn means the page's layout has settled before the text is measured.
  await expect(page.getByRole('heading', { name: 'Annotate' })).toBeVisible()
  const paragraph = page.getByRole('article').locator('.source-text p').first()
  // The reader is reached by navigating from a long, scrolled form: wait until the page has stopped
  // moving, or the measured letters are no longer under the mouse when it presses.
  await paragraph.scrollIntoViewIfNeeded()
  let last = ''
  await expect
    .poll(async () => {
      const now = JSON.stringify(await paragraph.boundingBox())
      const still = now === last
      last = now
      return still
    })
    .toBe(true)
  // Select the quote's characters with the mouse: press at its first letter, release after its last.
  const box = await paragraph.evaluate((p, quote) => {
    const node = p.querySelector('[data-start]')!.firstChild!
    const at = node.textContent!.indexOf(quote)
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + 1)
    const first = range.getBoundingClientRect()
    range.setStart(node, at + quote.length - 1)
    range.setEnd(node, at + quote.length)
    const last = range.getBoundingClientRect()
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    }
  }, QUOTE)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 5 })
  await page.mouse.up()
  await expect(page.getByLabel('Quote', { exact: true })).toHaveValue(QUOTE)
  await page.getByRole('button', { name: 'New position' }).click()
  await savePosition(page)
  await expectInMatrix(page)
  await downloadAndBuild(page)
})

test('a quote that is not verbatim is refused, with the closest passage, and cannot be saved', async ({
  page,
}) => {
  await addArticle(page, 'Lebanon would accept a ceasefire (refused)')
  await page
    .getByLabel('Quote', { exact: true })
    .fill('it would accept a truce if Israel withdrew its troops')
  const alert = page.getByRole('alert').filter({ hasText: 'not in the article word for word' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('Closest passage')
  await expect(page.getByRole('button', { name: 'New position' })).toHaveCount(0)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`/workspace and the reader in annotation mode (${scheme}): no serious axe violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await addArticle(page, `Accessibility check (${scheme})`)
    await page.getByLabel('Quote', { exact: true }).fill(QUOTE)
    await page.getByRole('button', { name: 'New position' }).click()
    await expect(page.getByRole('form', { name: 'New position' })).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.goto('/workspace')
    await page.getByRole('button', { name: 'Add article' }).click()
    expect(await seriousViolations(page)).toEqual([])
  })
}
