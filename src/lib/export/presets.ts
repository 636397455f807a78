/** Page sizes an image can be made for, in CSS pixels (96 per inch). */
export const PRESETS = {
  screen: { label: 'As on screen', width: null, height: null },
  '16:9': { label: '16:9 slide', width: 1280, height: 720 },
  '4:3': { label: '4:3 slide', width: 1024, height: 768 },
  a4: { label: 'A4 portrait', width: 794, height: 1123 },
} as const

export type PresetId = keyof typeof PRESETS

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[]

/** Pixel densities offered for PNG: 2x reads sharp on a slide, 3x is for print. */
export const SCALES = [2, 3] as const
export type Scale = (typeof SCALES)[number]

/** Narrows a stored or typed preset id, falling back to the default. */
export function toPresetId(value: string): PresetId {
  return (PRESET_IDS as string[]).includes(value) ? (value as PresetId) : 'screen'
}
