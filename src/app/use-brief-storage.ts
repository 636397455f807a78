import { useEffect } from 'react'
import { attachBriefBackend } from '../lib/brief/brief-store'

/**
 * Moves the brief into the workspace's IndexedDB database once the page is up (decision 024);
 * where the browser refuses IndexedDB it stays in localStorage, as before.
 */
export function useBriefStorage(): void {
  useEffect(() => {
    import('../workspace/brief-storage')
      .then(({ openBriefStorage }) => openBriefStorage())
      .then(attachBriefBackend)
      .catch((e: Error) => console.warn(`The brief stays in localStorage: ${e.message}`))
  }, [])
}
