import { useCallback, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { nextListIndex } from './key-steps'

/** The attribute that names an item of a roving group; its value is the item's key. */
export const ROVING_KEY = 'data-roving-key'

const itemOf = (target: EventTarget) =>
  target instanceof Element ? target.closest(`[${ROVING_KEY}]`) : null

/**
 * One Tab stop for a set of items (roving tabindex): only `tabKey` takes Tab, the arrows move
 * focus along `order`, Home/End jump to its ends. Spread `groupProps` on the element holding the
 * items and give each item `tabIndex={key === tabKey ? 0 : -1}` and `data-roving-key={key}`.
 */
export function useRovingFocus(order: readonly string[]) {
  const [chosen, setChosen] = useState<string | null>(null)
  // An item filtered away hands the Tab stop back to the first one.
  const tabKey = chosen !== null && order.includes(chosen) ? chosen : (order[0] ?? null)
  const onKeyDown = useCallback(
    (e: KeyboardEvent<Element>) => {
      const item = itemOf(e.target)
      if (!item || e.altKey || e.ctrlKey || e.metaKey) return
      const next = nextListIndex(e.key, order.indexOf(item.getAttribute(ROVING_KEY)!), order.length)
      if (next === null) return
      e.preventDefault()
      const key = order[next]!
      setChosen(key)
      e.currentTarget
        .querySelector<HTMLElement | SVGElement>(`[${ROVING_KEY}="${CSS.escape(key)}"]`)
        ?.focus()
    },
    [order],
  )
  // A click or a Tab into the group makes that item the Tab stop.
  const onFocus = useCallback((e: FocusEvent<Element>) => {
    const key = itemOf(e.target)?.getAttribute(ROVING_KEY)
    if (key != null) setChosen(key)
  }, [])
  return { tabKey, groupProps: { onKeyDown, onFocus } }
}
