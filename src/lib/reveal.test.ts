import { describe, expect, it } from 'vitest'
import { gainedValue, isOutOfSight } from './reveal'

describe('isOutOfSight', () => {
  const height = 844
  it('is true for a panel below the fold, or showing little more than its heading', () => {
    expect(isOutOfSight({ top: 1200, bottom: 1600 }, height)).toBe(true)
    expect(isOutOfSight({ top: 750, bottom: 1200 }, height)).toBe(true)
  })
  it('is true for a panel scrolled past, above the screen', () => {
    expect(isOutOfSight({ top: -900, bottom: -300 }, height)).toBe(true)
  })
  it('is false for a panel in view, or one being read with its top scrolled off', () => {
    expect(isOutOfSight({ top: 100, bottom: 600 }, height)).toBe(false)
    expect(isOutOfSight({ top: 450, bottom: 1200 }, height)).toBe(false)
    expect(isOutOfSight({ top: -400, bottom: 500 }, height)).toBe(false)
  })
})

describe('gainedValue', () => {
  it('is true when a value is set or replaced', () => {
    expect(gainedValue([null, null], ['cell:us:truce', null])).toBe(true)
    expect(gainedValue(['cell:us:truce', null], ['cell:il:truce', null])).toBe(true)
  })
  it('is false when values are cleared or unchanged', () => {
    expect(gainedValue(['cell:us:truce', 'israel'], ['cell:us:truce', null])).toBe(false)
    expect(gainedValue(['cell:us:truce', null], ['cell:us:truce', null])).toBe(false)
  })
})
