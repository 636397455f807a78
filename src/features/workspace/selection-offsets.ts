/** The article offset of a point in the reader's text (inside a span carrying `data-start`). */
function offsetOf(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const piece = el?.closest('[data-start]')
  if (!piece) return null
  return Number(piece.getAttribute('data-start')) + (node.nodeType === Node.TEXT_NODE ? offset : 0)
}

/**
 * The article offsets [start, end) of the current selection inside `container`, trimmed of
 * surrounding white space; null when nothing in it is selected.
 */
export function selectedRange(container: Element, text: string): [number, number] | null {
  const sel = document.getSelection()
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null
  const range = sel.getRangeAt(0)
  if (!container.contains(range.commonAncestorContainer)) return null
  let start = offsetOf(range.startContainer, range.startOffset)
  let end = offsetOf(range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return null
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? [start, end] : null
}
