import { describe, expect, it } from 'vitest'
import { datasetUrl, isDatasetParam } from './dataset-source'

const here = 'https://blueline.example'

describe('?dataset= addresses (issue 17, defect 4)', () => {
  it('accepts same-site paths and https addresses', () => {
    expect(datasetUrl('/data/other.json', here)?.href).toBe(
      'https://blueline.example/data/other.json',
    )
    expect(datasetUrl('https://data.example.org/d.json', here)?.origin).toBe(
      'https://data.example.org',
    )
    expect(isDatasetParam('local:mine.json', here)).toBe(true)
  })

  it.each([
    '/\\evil.example/file.json',
    '/\t/evil.example/x',
    '/\n/evil.example/x',
    '//evil.example/x',
    '\\\\evil.example/x',
  ])('refuses %j, which looks like a path but is fetched from another host', (value) => {
    expect(isDatasetParam(value, here)).toBe(false)
  })

  it('refuses plain http on another site, and other schemes', () => {
    expect(isDatasetParam('http://evil.example/x.json', here)).toBe(false)
    expect(isDatasetParam('javascript:alert(1)', here)).toBe(false)
    expect(isDatasetParam('data:application/json,{}', here)).toBe(false)
  })
})
