import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'

const RANGE = 'from=2024-10-30&to=2024-11-21'

async function pin(page: Page, sel: string) {
  await page.goto(`/?${RANGE}&sel=${sel}`)
  const evidence = page.getByRole('complementary', { name: 'Evidence' })
  await evidence.getByRole('button', { name: 'Pin to brief' }).click()
  await expect(evidence.getByRole('button', { name: 'Pinned to brief' })).toBeVisible()
}

async function save(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
}

test('a brief with two pinned selections prints to PDF and saves as PowerPoint and Word', async ({
  page,
}, info) => {
  await pin(page, 'cell:israel:freedom-to-strike')
  await pin(page, 'meet-jerusalem-oct31')
  await page.getByRole('link', { name: 'Brief (2)' }).click()
  await expect(page).toHaveURL(/\/brief\?from=2024-10-30/)

  await page
    .getByRole('textbox', { name: 'Title' })
    .fill('Lebanon ceasefire: where the parties stand')
  await page
    .getByRole('textbox', { name: /Key judgments/ })
    .fill('Israel insists on freedom to strike.\nThe US envoys shuttle between the sides.')
  const doc = page.getByRole('article', { name: 'Brief' })
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(
    'Lebanon ceasefire: where the parties stand',
  )
  await expect(
    doc
      .getByRole('region', { name: /^Israel on / })
      .locator('blockquote')
      .first(),
  ).toContainText('[')
  for (const name of ['Position matrix', 'Casualty figures', 'Meeting graph'])
    await expect(doc.getByRole('figure', { name }).getByRole('img')).toBeVisible()
  const sources = doc.getByRole('region', { name: 'Sources' }).getByRole('listitem')
  await expect(sources.first()).toContainText(/date (stated|inferred)/)

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('region', { name: 'Compose the brief' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  writeFileSync(info.outputPath('brief.pdf'), pdf)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBeGreaterThanOrEqual(2)
  expect(pages).toBeLessThanOrEqual(8)
  await page.emulateMedia({ media: 'screen' })

  const pptx = await save(page, 'PowerPoint')
  expect(pptx.name).toBe('blueline-brief-2024-10-30_2024-11-21.pptx')
  writeFileSync(info.outputPath('brief.pptx'), pptx.bytes)
  const deck = unzipSync(new Uint8Array(pptx.bytes))
  const slides = Object.keys(deck).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
  // Title, two pinned selections, three views, sources.
  expect(slides).toHaveLength(7)
  const notes = Object.keys(deck)
    .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
    .map((f) => strFromU8(deck[f]!))
  expect(notes.filter((n) => n.includes('Sources: ')).length).toBeGreaterThanOrEqual(5)

  const docx = await save(page, 'Word')
  writeFileSync(info.outputPath('brief.docx'), docx.bytes)
  const word = unzipSync(new Uint8Array(docx.bytes))
  const body = strFromU8(word['word/document.xml']!)
  expect(body).toContain('Lebanon ceasefire: where the parties stand')
  expect((body.match(/<w:p[ >]/g) ?? []).length).toBeGreaterThan(15)
  expect(
    Object.keys(word).filter((f) => f.startsWith('word/media/')).length,
  ).toBeGreaterThanOrEqual(3)
})

test('a brief kept by an older version moves into the workspace database, and a three-slide deck needs no view', async ({
  page,
}) => {
  await page.goto('/about')
  // As the brief was kept before decision 024: localStorage, with no choice of views.
  await page.evaluate(() =>
    localStorage.setItem(
      'blueline-brief-v1',
      JSON.stringify({
        title: 'Kept by an older version',
        judgments: 'Israel insists on freedom to strike.',
        pins: [{ sel: 'cell:israel:freedom-to-strike', from: '2024-10-30', to: '2024-11-21' }],
      }),
    ),
  )
  await page.goto(`/brief?${RANGE}`)
  const title = page.getByRole('textbox', { name: 'Title' })
  await expect(title).toHaveValue('Kept by an older version')
  await expect.poll(() => page.evaluate(() => localStorage.getItem('blueline-brief-v1'))).toBeNull()
  for (const name of ['Position matrix', 'Casualty figures', 'Meeting graph'])
    await page.getByRole('checkbox', { name }).uncheck()
  await page.reload()
  await expect(title).toHaveValue('Kept by an older version')
  await expect(page.getByRole('checkbox', { name: 'Meeting graph' })).not.toBeChecked()
  const doc = page.getByRole('article', { name: 'Brief' })
  await expect(doc.getByRole('figure')).toHaveCount(0)

  const pptx = await save(page, 'PowerPoint')
  const deck = unzipSync(new Uint8Array(pptx.bytes))
  // Title with the judgments, the pinned selection, the sources.
  expect(Object.keys(deck).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(3)
})
