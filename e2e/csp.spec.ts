import { expect, test } from '@playwright/test'

test('the production build runs under its Content-Security-Policy with no violations', async ({
  page,
}) => {
  const violations: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { cspViolations: string[] }).cspViolations ??= []
      ;(window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective}: ${e.blockedURI}`,
      )
    })
  })
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  await page.goto('/?sel=cell:us:ceasefire')
  await expect(page.getByRole('region', { name: 'Position matrix' })).toBeVisible()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')
  // An inline script injected now must be refused by the policy.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__inlineRan = true'
    document.body.append(s)
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
  const recorded = await page.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  )
  expect(recorded.filter((v) => !v.startsWith('script-src'))).toEqual([])
  expect(violations.filter((v) => !v.includes('inline'))).toEqual([])
})
