import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { composeSvg, pngTexts } from '../lib/export/compose'
import { useDataset } from '../url-state/dataset-on-screen'
import type { CsvRow } from '../lib/export/csv'
import { download } from '../lib/export/download'
import { exportTheme, type ExportTheme, type ThemeChoice } from '../lib/export/export-theme'
import { exportFileName } from '../lib/export/file-name'
import {
  PRESET_IDS,
  PRESETS,
  SCALES,
  toPresetId,
  type PresetId,
  type Scale,
} from '../lib/export/presets'
import { svgToPng } from '../lib/export/rasterize'
import type { SvgFigure } from '../lib/export/svg-writer'
import { useCaptionInfo } from './use-caption-info'
import { useFilters } from '../url-state/use-url-state'
import { useOneOpen } from './use-one-open'

/** What a view hands to the export menu: the rows it shows, the records behind them, the sources they cite. */
export interface ExportData {
  rows: CsvRow[]
  columns?: string[]
  records: unknown[]
  sources: string[]
  /** The view drawn as vector shapes from the same data; without it the menu offers CSV and JSON only. */
  figure?: (theme: ExportTheme) => SvgFigure
}

interface ExportMenuProps {
  title: string
  view: string
  data: () => ExportData
}

/** The menu's choices, kept by the menu so they outlive the panel being closed. */
export interface ImageOptions {
  caption: boolean
  notes: boolean
  theme: ThemeChoice
  preset: PresetId
  scale: Scale
}

/**
 * PNG, SVG, CSV and JSON of one view under the current filter. The panel's buttons are built
 * only while it is open: closed, the menu does not read the filters, so a filter change does not
 * rebuild three menus nobody is looking at. One menu is open at a time; Escape closes it (focus
 * back on its button), and so does a press anywhere outside it.
 */
export function ExportMenu(props: ExportMenuProps) {
  const panelId = useId()
  const [open, setOpen] = useOneOpen(panelId)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!open) return
    const onPress = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPress)
    return () => document.removeEventListener('pointerdown', onPress)
  }, [open, setOpen])
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return
    // A select's own Escape (closing its list) never reaches here; this one closes the menu.
    e.stopPropagation()
    setOpen(false)
    button.current?.focus()
  }
  const [options, setOptions] = useState<ImageOptions>({
    caption: true,
    notes: false,
    theme: 'light',
    preset: 'screen',
    scale: 2,
  })
  const [status, setStatus] = useState('')
  return (
    <div className="export-menu" data-export-skip ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
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
            options={options}
            setOptions={(o) => setOptions({ ...options, ...o })}
            status={status}
            setStatus={setStatus}
          />
        ) : null}
      </div>
    </div>
  )
}

interface PanelProps extends ExportMenuProps {
  options: ImageOptions
  setOptions: (o: Partial<ImageOptions>) => void
  status: string
  setStatus: (status: string) => void
}

function ExportPanel({ title, view, data, options, setOptions, status, setStatus }: PanelProps) {
  const { filters } = useFilters()
  const captionInfo = useCaptionInfo()
  const dataset = useDataset()
  const name = (ext: string) => exportFileName(view, filters.from, filters.to, ext)
  const image = async (format: 'png' | 'svg') => {
    const d = data()
    if (!d.figure) return
    try {
      const info = captionInfo(title, d.sources)
      const composed = composeSvg(d.figure(exportTheme(options.theme)), info, {
        ...options,
        theme: exportTheme(options.theme),
      })
      const file =
        format === 'svg'
          ? new Blob([composed.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(composed.svg, composed, options.scale, pngTexts(info))
      download(name(format), file)
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
        Size{' '}
        <select
          value={options.preset}
          onChange={(e) => setOptions({ preset: toPresetId(e.target.value) })}
        >
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {PRESETS[id].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        PNG{' '}
        <select
          value={options.scale}
          onChange={(e) => setOptions({ scale: e.target.value === '3' ? 3 : 2 })}
        >
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}x{s === 3 ? ' (print)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.caption}
          onChange={(e) => setOptions({ caption: e.target.checked })}
        />{' '}
        Caption
      </label>
      <label>
        <input
          type="checkbox"
          checked={options.notes}
          onChange={(e) => setOptions({ notes: e.target.checked })}
        />{' '}
        List sources
      </label>
      <label>
        Theme{' '}
        <select
          value={options.theme}
          onChange={(e) => setOptions({ theme: e.target.value === 'screen' ? 'screen' : 'light' })}
        >
          <option value="light">Light</option>
          <option value="screen">As on screen</option>
        </select>
      </label>
      <span role="status">{status}</span>
    </>
  )
}
