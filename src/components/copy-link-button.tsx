import { useState } from 'react'

/** Copies the permalink of the current screen (the URL holds all state) and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState('')
  const copy = async () => {
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
