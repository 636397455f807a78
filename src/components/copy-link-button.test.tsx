import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { appHistory } from '../url-state/deferred-history'
import { CopyLinkButton } from './copy-link-button'

describe('CopyLinkButton', () => {
  afterEach(() => vi.restoreAllMocks())

  it('copies the URL the screen shows, even while its history write is still queued', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    // The router writes through this window; the write waits for the next frame (decision 012).
    appHistory().window.history.pushState(null, '', '/matrix?from=2024-10-31')
    expect(window.location.search).toBe('')

    render(<CopyLinkButton />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))

    expect(await screen.findByText('Link copied')).toBeTruthy()
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/matrix?from=2024-10-31`)
    expect(window.location.search).toBe('?from=2024-10-31')
  })
})
