import { describe, expect, it } from 'vitest'
import { NO_QUERY, queryRows, type ColumnValues } from './table-query'

interface Row {
  name: string
  count: number | null
}
const rows: Row[] = [
  { name: 'Item 10', count: 3 },
  { name: 'item 9', count: null },
  { name: 'Other', count: 12 },
  { name: 'Item 2', count: 3 },
]
const values: ColumnValues<Row> = { name: (r) => r.name, count: (r) => r.count }
const names = (r: Row[]) => r.map((x) => x.name)

describe('queryRows', () => {
  it('keeps the rows and their order with no query', () => {
    expect(names(queryRows(rows, values, NO_QUERY))).toEqual(names(rows))
  })

  it('sorts text in natural order, and numbers by size with empty cells last both ways', () => {
    const sort = (column: string, desc: boolean) =>
      names(queryRows(rows, values, { ...NO_QUERY, sort: { column, desc } }))
    expect(sort('name', false)).toEqual(['Item 2', 'item 9', 'Item 10', 'Other'])
    expect(sort('name', true)).toEqual(['Other', 'Item 10', 'item 9', 'Item 2'])
    // Ties (3 and 3) keep the table's own order.
    expect(sort('count', false)).toEqual(['Item 10', 'Item 2', 'Other', 'item 9'])
    expect(sort('count', true)).toEqual(['Other', 'Item 10', 'Item 2', 'item 9'])
  })

  it('sorts by a separate sort value when given one', () => {
    const byLength = { name: (r: Row) => r.name.length }
    const sorted = queryRows(
      rows,
      values,
      { ...NO_QUERY, sort: { column: 'name', desc: false } },
      byLength,
    )
    expect(names(sorted)).toEqual(['Other', 'item 9', 'Item 2', 'Item 10'])
  })

  it('filters by one column or any, ignoring case, and ignores unknown columns', () => {
    const find = (text: string, column: string | null) =>
      names(queryRows(rows, values, { ...NO_QUERY, find: { text, column } }))
    expect(find('ITEM', 'name')).toEqual(['Item 10', 'item 9', 'Item 2'])
    expect(find('12', null)).toEqual(['Other'])
    expect(find('12', 'name')).toEqual([])
    expect(find('item', 'nope')).toEqual([])
    expect(
      names(queryRows(rows, values, { ...NO_QUERY, sort: { column: 'nope', desc: true } })),
    ).toEqual(names(rows))
  })
})
