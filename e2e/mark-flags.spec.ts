import { expect, test } from '@playwright/test'
import { addArticle, QUOTE, savePosition } from './workspace-helpers'

const WORKSPACE_ONLY = /only in your workspace, not in the published dataset/
const IN_DISPUTE = /in the selected dispute/

test('a record added in the workspace is marked in the matrix, its legend and its table', async ({
  page,
}) => {
  await addArticle(page, 'Lebanon would accept a ceasefire (marked)')
  await page.getByLabel('Quote', { exact: true }).fill(QUOTE)
  await page.getByRole('button', { name: 'New position' }).click()
  await savePosition(page)
  await page.goto('/matrix')
  const cell = page.getByRole('button', {
    name: /^Lebanese government on A ceasefire in Lebanon: /,
  })
  await expect(cell).toHaveAccessibleDescription(WORKSPACE_ONLY)
  // Cells resting only on published records say nothing more.
  await expect(
    page.getByRole('button', { name: /^Israel on A ceasefire in Lebanon: / }),
  ).toHaveAccessibleDescription('')
  await expect(page.getByRole('list', { name: 'Highlighted marks' })).toContainText(WORKSPACE_ONLY)
  await page.getByRole('button', { name: 'Show data table' }).click()
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'Lebanon would accept a ceasefire if Israel withdrew.' }),
  ).toContainText('workspace only')
})

test('selecting a dispute highlights both sides in the matrix, the graph and the timeline, from the URL', async ({
  page,
}) => {
  await page.goto('/disputes')
  const dispute = page.getByRole('listitem', { name: /unilateral/i }).first()
  await dispute.getByRole('link', { name: 'Select it in the views' }).click()
  await expect(page).toHaveURL(/sel=dispute-unilateral-request/)
  // One side in the US row, the other in Lebanon's.
  for (const name of [
    /^United States on Unilateral Lebanese ceasefire: /,
    /^Lebanese government on Unilateral Lebanese ceasefire: /,
  ])
    await expect(page.getByRole('button', { name })).toHaveAccessibleDescription(IN_DISPUTE)
  await expect(
    page.getByRole('button', { name: /^Israel on A ceasefire in Lebanon: / }),
  ).toHaveAccessibleDescription('')
  // The meeting behind the US side: its graph edge and its timeline mark.
  const graph = page.getByRole('region', { name: 'Meeting graph' })
  await expect(
    graph.getByRole('button', { name: /Amos Hochstein – Najib Mikati/ }),
  ).toHaveAccessibleDescription(IN_DISPUTE)
  const timeline = page.getByRole('region', { name: 'Timeline' })
  await expect(
    timeline.getByRole('button', { name: /Hochstein – Najib Mikati/ }),
  ).toHaveAccessibleDescription(IN_DISPUTE)
  await page.reload()
  await expect(page.getByRole('list', { name: 'Highlighted marks' })).toContainText('Dispute:')
  await page.getByRole('button', { name: 'Clear dispute' }).click()
  await expect(page).not.toHaveURL(/sel=/)
  await expect(page.getByRole('list', { name: 'Highlighted marks' })).toHaveCount(0)
})

test('a data table sorts by a column header and filters by a column, kept in the URL', async ({
  page,
}) => {
  await page.goto('/matrix?tables=matrix')
  const table = page.getByRole('region', { name: 'Position matrix' }).getByRole('table')
  const actorHeader = table.getByRole('columnheader', { name: 'Actor' })
  await expect(actorHeader).toHaveAttribute('aria-sort', 'none')
  await actorHeader.getByRole('button').click()
  await expect(actorHeader).toHaveAttribute('aria-sort', 'ascending')
  await actorHeader.getByRole('button').click()
  await expect(actorHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/matrix-sort=-actor/)
  // Descending by actor: the United States before Hezbollah.
  const firstActor = table.getByRole('row').nth(1).getByRole('cell').nth(1)
  await expect(firstActor).toHaveText('United States')

  await page.getByLabel('Filter positions').fill('hezbollah')
  await page.getByLabel('in', { exact: true }).selectOption({ label: 'Actor' })
  await expect(page).toHaveURL(/matrix-find=actor%3Ahezbollah/)
  const rows = table.locator('tbody tr')
  await expect(rows.first()).toContainText('Hezbollah')
  const count = await rows.count()
  for (let i = 0; i < count; i++)
    await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText('Hezbollah')
  await page.reload()
  await expect(page.getByLabel('Filter positions')).toHaveValue('hezbollah')
  await expect(rows).toHaveCount(count)
})

test('a data table follows the focused actor', async ({ page }) => {
  await page.goto('/casualties?tables=casualties&actor=israel')
  await expect(
    page.getByRole('status').filter({ hasText: 'following the focus on actor Israel' }),
  ).toBeVisible()
  const rows = page.getByRole('region', { name: 'Casualty figures' }).locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  for (const row of await rows.all())
    await expect(row.locator('.casualty-claimant')).toContainText('Israel')
})
