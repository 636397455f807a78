/** Events, meetings and articles along the date axis (to be built). */
export function TimelineStrip() {
  return null
}
