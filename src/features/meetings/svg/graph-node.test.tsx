import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { GraphNodeMark } from './graph-node'
import { LIGHT as theme } from '../../../lib/theme'

const node = {
  id: 'dermer',
  label: 'Ron Dermer',
  kind: 'person' as const,
  person: 'dermer',
  actor: 'israel',
  x: 10,
  y: 20,
  focused: false,
  selected: false,
}

function renderNode(
  onActivate = vi.fn(),
  state = { selected: false, dimmed: false, muted: false, keyboardFocus: false },
) {
  render(
    <svg>
      <GraphNodeMark
        node={node}
        label="Ron Dermer"
        labelSide="below"
        title="Ron Dermer, Israel"
        state={state}
        unit={1}
        theme={theme}
        onActivate={onActivate}
        onHover={vi.fn()}
        onFocusChange={vi.fn()}
      />
    </svg>,
  )
  return onActivate
}

describe('GraphNodeMark', () => {
  it('is a focusable button named by the person, with explicit SVG colours', () => {
    renderNode()
    const button = screen.getByRole('button', { name: 'Ron Dermer' })
    expect(button.getAttribute('tabindex')).toBe('0')
    expect(button.querySelector('circle')?.getAttribute('fill')).toBe('#2563c9')
  })

  it('activates on click, Enter and Space, not on other keys', () => {
    const onActivate = renderNode()
    const button = screen.getByRole('button', { name: 'Ron Dermer' })
    fireEvent.click(button)
    fireEvent.keyDown(button, { key: 'Enter' })
    fireEvent.keyDown(button, { key: ' ' })
    fireEvent.keyDown(button, { key: 'a' })
    expect(onActivate).toHaveBeenCalledTimes(3)
  })

  it('shows selection as pressed and with a ring', () => {
    renderNode(vi.fn(), { selected: true, dimmed: false, muted: false, keyboardFocus: false })
    const button = screen.getByRole('button', { name: 'Ron Dermer' })
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(button.querySelectorAll('circle')).toHaveLength(2)
  })
})
