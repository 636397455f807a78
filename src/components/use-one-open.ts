import { useCallback, useSyncExternalStore } from 'react'

// The one open export menu on the page, by id: opening another closes this one.
let openId: string | null = null
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const setOpenId = (id: string | null) => {
  openId = id
  listeners.forEach((l) => l())
}

/** Open state for a popup of which only one may be open at a time (the export menus). */
export function useOneOpen(id: string): [boolean, (open: boolean) => void] {
  const open = useSyncExternalStore(subscribe, () => openId === id)
  const setOpen = useCallback(
    (next: boolean) => {
      if (next) setOpenId(id)
      else if (openId === id) setOpenId(null)
    },
    [id],
  )
  return [open, setOpen]
}
