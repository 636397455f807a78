import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

const ROUTES = [
  '/',
  '/matrix',
  '/casualties',
  '/meetings',
  '/about',
  '/sources/ft-hochstein-nov21',
  '/sources',
  '/people',
  '/people/berri',
  '/disputes',
  '/actors/us',
  '/search?q=Litani',
  '/?actor=us',
  '/workspace',
  '/?sel=cell:israel:freedom-to-strike&tables=matrix,casualties,meetings',
]

for (const scheme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`${route} (${scheme}): no serious axe violations, no console errors`, async ({ page }) => {
      const errors: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', (e) => errors.push(e.message))
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(route)
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([])
      expect(errors).toEqual([])
    })
  }
}
