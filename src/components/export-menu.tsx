import { useId, useState, type RefObject } from 'react'
import { useDataset } from '../url-state/dataset-on-screen'
import { captureView, download, type ImageFormat } from '../lib/export/capture'
import type { CsvRow } from '../lib/export/csv'
import { exportFileName } from '../lib/export/file-name'
import { useCaptionInfo } from './use-caption-info'
import { useFilters } from '../url-state/use-url-state'

/** What a view hands to the export menu: the rows it shows, the records behind them, the sources they cite. */
export interface ExportData {
  rows: CsvRow[]
  columns?: string[]
  records: unknown[]
  sources: string[]
}

interface ExportMenuProps {
  title: string
  view: string
  target: RefObject<HTMLElement | null>
  data: () => ExportData
}

/**
 * PNG (2x), SVG, CSV and JSON of one view under the current filter. The panel's buttons are built
 * only while it is open: closed, the menu does not read the filters, so a filter change does not
 * rebuild three menus nobody is looking at.
 */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const [caption, setCaption] = useState(true)
  const [theme, setTheme] = useState<'light' | 'screen'>('light')
  const [status, setStatus] = useState('')
  const panelId = useId()
  return (
    <div className="export-menu" data-export-skip>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      <div
        id={panelId}
        className="export-panel"
        hidden={!open}
        role="group"
        aria-label={`Export ${props.title}`}
      >
        {open ? (
          <ExportPanel
            {...props}
            options={{ caption, setCaption, theme, setTheme, status, setStatus }}
          />
        ) : null}
      </div>
    </div>
  )
}

/** The menu's choices, kept by the menu so they outlive the panel being closed. */
interface PanelOptions {
  caption: boolean
  setCaption: (caption: boolean) => void
  theme: 'light' | 'screen'
  setTheme: (theme: 'light' | 'screen') => void
  status: string
  setStatus: (status: string) => void
}

function ExportPanel({
  title,
  view,
  target,
  data,
  options,
}: ExportMenuProps & { options: PanelOptions }) {
  const { filters } = useFilters()
  const captionInfo = useCaptionInfo()
  const dataset = useDataset()
  const { caption, setCaption, theme, setTheme, status, setStatus } = options
  const name = (ext: string) => exportFileName(view, filters.from, filters.to, ext)

  const image = async (format: ImageFormat) => {
    if (!target.current) return
    setStatus(`Preparing ${format.toUpperCase()}…`)
    try {
      const d = data()
      const url = await captureView(target.current, captionInfo(title, d.sources), {
        format,
        caption,
        theme,
      })
      download(name(format), url)
      setStatus(`Exported ${name(format)}`)
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
  const text = async (ext: 'csv' | 'json') => {
    try {
      const d = data()
      // papaparse is loaded on the first CSV export only, keeping it out of the first load.
      const content =
        ext === 'csv'
          ? (await import('../lib/export/csv')).toCsv(d.rows, d.columns)
          : JSON.stringify(
              {
                view,
                dataset: dataset.provenance,
                filter: filters,
                sources: [...new Set(d.sources)],
                records: d.records,
              },
              null,
              2,
            )
      download(name(ext), content, ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/json')
      setStatus(`Exported ${name(ext)}`)
    } catch (e) {
      // Offline, the CSV writer's chunk cannot load: say so rather than fail without a word.
      setStatus(
        `Export failed: ${e instanceof Error ? e.message : String(e)}. Check the connection and try again.`,
      )
    }
  }

  return (
    <>
      <button type="button" onClick={() => void image('png')}>
        PNG
      </button>
      <button type="button" onClick={() => void image('svg')}>
        SVG
      </button>
      <button type="button" onClick={() => void text('csv')}>
        CSV
      </button>
      <button type="button" onClick={() => void text('json')}>
        JSON
      </button>
      <label>
        <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />{' '}
        Caption
      </label>
      <label>
        Theme{' '}
        <select
          value={theme}
          onChange={(e) => setTheme(e.target.value === 'screen' ? 'screen' : 'light')}
        >
          <option value="light">Light</option>
          <option value="screen">As on screen</option>
        </select>
      </label>
      <span role="status">{status}</span>
    </>
  )
}
