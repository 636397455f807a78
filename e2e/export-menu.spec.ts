import { expect, test } from '@playwright/test'

test('an export menu closes on Escape and on a click outside, and only one is open at a time', async ({
  page,
}) => {
  await page.goto('/')
  const region = (name: string) => page.getByRole('region', { name })
  const button = (view: string) => region(view).getByRole('button', { name: 'Export' })
  const panel = (view: string) => region(view).getByRole('group', { name: `Export ${view}` })

  await button('Casualty figures').click()
  await expect(panel('Casualty figures')).toBeVisible()
  await panel('Casualty figures').getByRole('button', { name: 'CSV' }).focus()
  await page.keyboard.press('Escape')
  await expect(panel('Casualty figures')).toBeHidden()
  await expect(button('Casualty figures')).toBeFocused()
  await expect(button('Casualty figures')).toHaveAttribute('aria-expanded', 'false')

  await button('Casualty figures').click()
  await page.getByRole('heading', { name: 'Meeting graph' }).click()
  await expect(panel('Casualty figures')).toBeHidden()

  await button('Casualty figures').click()
  await button('Meeting graph').click()
  await expect(panel('Meeting graph')).toBeVisible()
  await expect(panel('Casualty figures')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export', expanded: true })).toHaveCount(1)
})
