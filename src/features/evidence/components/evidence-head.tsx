import type { ReactNode } from 'react'

/** The panel's heading with the tools for what is shown beside it. */
export function EvidenceHead({ children }: { children?: ReactNode }) {
  return (
    <div className="evidence-head">
      <h2>Evidence</h2>
      {children}
    </div>
  )
}
