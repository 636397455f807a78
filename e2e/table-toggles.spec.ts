import { expect, test } from '@playwright/test'

test('each view toggles to a data table, kept in the URL', async ({ page }) => {
  await page.goto('/')
  for (const [name, view] of [
    ['Position matrix', 'matrix'],
    ['Casualty figures', 'casualties'],
    ['Meeting graph', 'meetings'],
  ] as const) {
    const section = page.getByRole('region', { name })
    await section.getByRole('button', { name: 'Show data table' }).click()
    await expect
      .poll(() => new URL(page.url()).searchParams.get('tables')?.split(','))
      .toContain(view)
    await expect(section.getByRole('table')).toBeVisible()
  }
  await page.reload()
  await expect(
    page.getByRole('region', { name: 'Position matrix' }).getByRole('table'),
  ).toContainText('positions stated')
})
