import { useState } from 'react'
import { appHistory } from '../url-state/deferred-history'

/** Copies the permalink of the current screen (the URL holds all state) and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('')
  const copy = async () => {
    // The address bar may be a frame behind the screen (decision 012): bring it up to date first.
    appHistory().flush()
    const url = window.location.href
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied')
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
