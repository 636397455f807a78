/** The longest label drawn whole in a header; longer ones are cut here and shown whole on hover. */
export const MAX_LABEL_CHARS = 80

/** A label cut to `max` characters with an ellipsis; a label from another dataset can be 1 MB long. */
export function clip(text: string, max = MAX_LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
