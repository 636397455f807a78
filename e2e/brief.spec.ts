import { expect, test } from '@playwright/test'

test('the brief lays out the three views and the selected evidence for print on A4 and Letter', async ({
  page,
}) => {
  await page.goto('/brief?from=2024-10-30&to=2024-11-21&sel=cell:israel:freedom-to-strike')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blueline brief')
  for (const name of ['Position matrix', 'Casualty figures', 'Meeting graph'])
    await expect(page.getByRole('region', { name })).toBeVisible()
  await expect(
    page.getByRole('complementary', { name: 'Evidence' }).locator('blockquote').first(),
  ).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export' }).first()).toBeHidden()
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // Three views and the evidence fit on a few pages, not dozens of slivers.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(6)
  }
})
