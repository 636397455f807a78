/** The mark (or group) whose tooltip shows, and whether a pointer or the keyboard put it there. */
export interface Hover {
  id: string
  via: 'pointer' | 'focus'
}
