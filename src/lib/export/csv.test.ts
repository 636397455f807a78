import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data

describe('toCsv', () => {
  it('writes a header row and CRLF-terminated records', () => {
    expect(toCsv([{ date: '2024-10-31', value: 2800 }])).toBe('date,value\r\n2024-10-31,2800\r\n')
  })

  it('quotes commas, quotes and newlines so they round-trip', () => {
    const tricky = 'He said "no, never",\nthen left'
    const csv = toCsv([{ quote: tricky }])
    expect(csv).toBe('quote\r\n"He said ""no, never"",\nthen left"\r\n')
    expect(parse(csv)[1]).toEqual([tricky])
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([{ a: '=HYPERLINK("x")', b: '+1', c: '-2', d: '@SUM(A1)', e: 'safe' }])
    expect(parse(csv)[1]).toEqual([`'=HYPERLINK("x")`, "'+1", "'-2", "'@SUM(A1)", 'safe'])
  })

  it('keeps non-Latin text as UTF-8, unescaped', () => {
    const csv = toCsv([{ name: 'نبيه بري', place: 'בירות' }])
    expect(parse(csv)[1]).toEqual(['نبيه بري', 'בירות'])
  })

  it('keeps the column order given and writes empty cells for missing values', () => {
    expect(toCsv([{ b: 1, a: null }], ['a', 'b', 'c'])).toBe('a,b,c\r\n,1,\r\n')
  })

  it('writes just the header for no rows', () => {
    expect(toCsv([], ['a', 'b'])).toBe('a,b\r\n')
  })
})
