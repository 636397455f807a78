import { useRef, useState, type ReactNode } from 'react'

let nextKey = 0
const newKey = () => `row-${++nextKey}`

/**
 * A list of rows the analyst can extend and shorten (participants, sides, records), never below
 * `min`. Each row keeps a stable key, so removing one does not move typed text into its neighbour;
 * focus goes to the new row's first control on add, and to the add button on remove.
 */
export function RowList<T>({
  items,
  onChange,
  make,
  min = 1,
  addLabel,
  removeLabel,
  children,
}: {
  items: T[]
  onChange: (items: T[]) => void
  make: () => T
  min?: number
  /** The add button's text, e.g. `Add participant to first side`. */
  addLabel: string
  /** The remove button's accessible name for row `index`, e.g. `Remove participant 2`. */
  removeLabel: (index: number) => string
  /** Draws row `index`; `remove` is its Remove button (null at `min` rows), to place inside it. */
  children: (item: T, update: (item: T) => void, index: number, remove: ReactNode) => ReactNode
}) {
  const [keys, setKeys] = useState(() => items.map(newKey))
  const list = useRef<HTMLOListElement>(null)
  const add = useRef<HTMLButtonElement>(null)
  // Rows only change through this list; should a parent replace them, fresh keys keep React sane.
  const rowKeys = keys.length === items.length ? keys : items.map((_, i) => keys[i] ?? newKey())

  const focusLastRow = () =>
    requestAnimationFrame(() =>
      list.current?.lastElementChild
        ?.querySelector<HTMLElement>('input, select, textarea')
        ?.focus(),
    )

  return (
    <>
      <ol className="ws-rows" ref={list}>
        {items.map((item, i) => (
          <li key={rowKeys[i]}>
            {children(
              item,
              (v) => onChange(items.map((x, j) => (j === i ? v : x))),
              i,
              items.length > min ? (
                <button
                  type="button"
                  className="ws-row-remove"
                  aria-label={removeLabel(i)}
                  onClick={() => {
                    onChange(items.filter((_, j) => j !== i))
                    setKeys(rowKeys.filter((_, j) => j !== i))
                    add.current?.focus()
                  }}
                >
                  Remove
                </button>
              ) : null,
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="ws-row-add"
        ref={add}
        onClick={() => {
          onChange([...items, make()])
          setKeys([...rowKeys, newKey()])
          focusLastRow()
        }}
      >
        {addLabel}
      </button>
    </>
  )
}
