import type { DrawContext } from '../../services/image'

/** Wraps text into lines no wider than `width` in the context's current font (CJK breaks anywhere). */
export function wrapText (ctx: Pick<DrawContext, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = []
  let cur = ''
  for (const ch of Array.from(text)) {
    if (ctx.measureText(cur + ch).width > width && cur !== '') { lines.push(cur); cur = ch } else cur += ch
  }
  if (cur !== '') lines.push(cur)
  return lines.length > 0 ? lines : ['']
}
