/** Shared by the SVG and canvas renderers, so both draw the same marks. */
export const FONT_FAMILY = "system-ui, 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif"
/** Node radius in design units (multiplied by the mark scale). */
export const NODE_RADIUS = 9
