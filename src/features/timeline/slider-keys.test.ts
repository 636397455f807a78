import { describe, expect, it } from 'vitest'
import { stepDate } from './slider-keys'

describe('stepDate', () => {
  const [min, max] = ['2023-10-07', '2024-11-21']

  it('moves a day with the arrows and a week with PageUp/PageDown', () => {
    expect(stepDate('ArrowRight', '2024-10-31', min, max)).toBe('2024-11-01')
    expect(stepDate('ArrowUp', '2024-10-31', min, max)).toBe('2024-11-01')
    expect(stepDate('ArrowLeft', '2024-03-01', min, max)).toBe('2024-02-29')
    expect(stepDate('PageUp', '2024-10-31', min, max)).toBe('2024-11-07')
    expect(stepDate('PageDown', '2024-10-31', min, max)).toBe('2024-10-24')
  })

  it('jumps to the limits with Home/End and never passes them', () => {
    expect(stepDate('Home', '2024-10-31', min, max)).toBe(min)
    expect(stepDate('End', '2024-10-31', min, max)).toBe(max)
    expect(stepDate('PageUp', '2024-11-20', min, max)).toBe(max)
    expect(stepDate('ArrowLeft', min, min, max)).toBe(min)
  })

  it('ignores other keys', () => {
    expect(stepDate('Enter', '2024-10-31', min, max)).toBeNull()
    expect(stepDate('a', '2024-10-31', min, max)).toBeNull()
  })
})
