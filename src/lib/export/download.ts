/** Saves a Blob or text as a file through a temporary link. */
export function download(fileName: string, content: Blob | string, mime = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mime }) : content
  const href = URL.createObjectURL(blob)
  const a = Object.assign(document.createElement('a'), { href, download: fileName })
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
