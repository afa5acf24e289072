/** Signature strokes and how they are painted; shared by the weapp and h5 pads. */
export interface Point { x: number, y: number }
export type Stroke = Point[]

export interface StrokeContext {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  lineCap: string
  lineJoin: string
  fillRect(x: number, y: number, w: number, h: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
  arc(x: number, y: number, r: number, a0: number, a1: number): void
  fill(): void
}

export const SIGN_LINE_WIDTH = 4

/** White paper (the export has no transparency staff could misread) and every stroke in black. */
export function paintSignature(ctx: StrokeContext, strokes: readonly Stroke[], width: number, height: number): void {
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, width, height)
  ctx.strokeStyle = '#111111'
  ctx.fillStyle = '#111111'
  ctx.lineWidth = SIGN_LINE_WIDTH
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  for (const s of strokes) {
    if (s.length === 1) {
      ctx.beginPath()
      ctx.arc(s[0].x, s[0].y, SIGN_LINE_WIDTH / 2, 0, Math.PI * 2)
      ctx.fill()
      continue
    }
    ctx.beginPath()
    s.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)))
    ctx.stroke()
  }
}

/** A signature needs some ink: a stray tap is not one. */
export function hasInk(strokes: readonly Stroke[]): boolean {
  let points = 0
  for (const s of strokes) points += s.length
  return points >= 8
}
