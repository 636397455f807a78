import { useParams } from 'react-router'
import { EvidencePanel } from '../../features/evidence/components/evidence-panel'
import { SourceReader } from '../../features/sources/components/source-reader'
import { AnnotationPanel } from '../../features/workspace/components/annotation-panel'

/** `/sources/:id`: an article with its cited passages highlighted, beside the evidence. */
export function SourceRoute() {
  const { id = '' } = useParams()
  return (
    <main className="single-view">
      <div className="single-view-main">
        <SourceReader sourceId={id} tools={<AnnotationPanel sourceId={id} />} />
      </div>
      <EvidencePanel />
    </main>
  )
}
