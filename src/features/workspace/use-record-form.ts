import { useState } from 'react'
import { useDataset } from '../../url-state/dataset-on-screen'
import { indexDataset } from '../../dataset/select/index-dataset'
import type { FieldProblem } from '../../workspace/article'
import { useSaveRecord } from './use-save-record'

/** What every record form starts from: the dataset on screen, its index, the choices, and saving. */
export function useRecordForm() {
  const dataset = useDataset()
  const [problems, setProblems] = useState<FieldProblem[]>([])
  return {
    dataset,
    ix: indexDataset(dataset),
    save: useSaveRecord(),
    actors: dataset.actors.map((a) => ({ id: a.id, label: a.name })),
    people: dataset.people.map((p) => ({ id: p.id, label: p.name })),
    problems,
    setProblems,
  }
}
