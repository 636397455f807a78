import { useState } from 'react'
import { appHistory } from '../url-state/deferred-history'
import { namesLocalDataset, pinnedLink } from '../lib/pinned-link'

/**
 * Copies the permalink of the current screen (the URL holds all state) and says so. With `pin`,
 * the link carries both ends of the range and the dataset version (see `pinnedLink`).
 */
export function CopyLinkButton({
  pin,
}: {
  pin?: { span: { from: string; to: string }; version: string }
}) {
  const [status, setStatus] = useState('')
  const copy = async () => {
    // The address bar may be a frame behind the screen (decision 012): bring it up to date first.
    appHistory().flush()
    const here = window.location.href
    const url = pin ? pinnedLink(here, pin.span, pin.version) : here
    const local = namesLocalDataset(here)
    try {
      await navigator.clipboard.writeText(url)
      setStatus(
        local
          ? 'Link copied, but it names a dataset opened from this computer: a colleague cannot open it. Share the file too, or publish it and open it by address.'
          : 'Link copied',
      )
    } catch {
      // Clipboard access can be refused (no permission, insecure origin): show the link instead.
      setStatus(`Copy this link: ${url}`)
    }
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {status}
      </span>
    </span>
  )
}
