/** The box the graph layout is normalised into; views scale it to fit. */
export const LAYOUT_WIDTH = 1000
export const LAYOUT_HEIGHT = 640
