/**
 * Recognised text lines and the geometry that ties a printed label (姓名, 住址, 名称 …) to its
 * value. Engines differ: PaddleOCR returns one box per text run (a label and its value may be one
 * box or two), a general cloud OCR returns lines without boxes. Both shapes are handled here so
 * the per-document parsers only name labels.
 */

/** One recognised text run; `box` is its quadrilateral (4 points, any order) when known. */
export interface OcrLine {
  text: string
  box?: ReadonlyArray<readonly number[]>
}

interface Placed {
  /** NFKC-normalised text without whitespace. */
  text: string
  index: number
  left: number
  right: number
  top: number
  bottom: number
  cy: number
  h: number
  hasBox: boolean
}

/** NFKC folds full-width letters and digits; spaces inside labels ('姓 名') are OCR noise. */
export function compactText(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000]+/g, '')
}

function place(line: OcrLine, index: number): Placed {
  const pts = (line.box ?? []).filter((p) => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
  const text = compactText(line.text)
  if (pts.length < 3) return { text, index, left: 0, right: 0, top: index, bottom: index + 1, cy: index + 0.5, h: 1, hasBox: false }
  const xs = pts.map((p) => p[0])
  const ys = pts.map((p) => p[1])
  const top = Math.min(...ys)
  const bottom = Math.max(...ys)
  // A tilted box is taller than its text; the shorter side approximates the line height.
  const widthish = Math.max(...xs) - Math.min(...xs)
  const h = Math.max(1, Math.min(bottom - top, widthish))
  return { text, index, left: Math.min(...xs), right: Math.max(...xs), top, bottom, cy: (top + bottom) / 2, h, hasBox: true }
}

export class LineSet {
  readonly lines: Placed[]

  constructor(raw: readonly OcrLine[], ignore: readonly string[] = []) {
    const drop = ignore.map(compactText).filter((s) => s.length > 0)
    this.lines = raw
      .map(place)
      .filter((l) => l.text.length > 0 && !drop.some((d) => l.text.includes(d)))
      .sort((a, b) => (a.hasBox && b.hasBox ? a.cy - b.cy || a.left - b.left : a.index - b.index))
  }

  /** All text in reading order (for patterns such as an 18-digit number anywhere). */
  texts(): string[] {
    return this.lines.map((l) => l.text)
  }

  private sameRow(a: Placed, b: Placed): boolean {
    if (!a.hasBox || !b.hasBox) return false
    return Math.abs(a.cy - b.cy) < Math.max(a.h, b.h) * 0.6
  }

  /** The nearest line to the right of `l` on its row. */
  private rightOf(l: Placed): Placed | undefined {
    return this.lines.filter((o) => o !== l && this.sameRow(o, l) && o.left >= l.right - l.h * 0.5).sort((a, b) => a.left - b.left)[0]
  }

  /**
   * The value printed after one of `labels`: in the same run after the label, or in the next run
   * on the row (no boxes: the next line). The value stops where a label of `stops` begins.
   * `lines` also returns the runs that continue it (a wrapped address).
   */
  labeled(labels: readonly string[], stops: readonly string[], opts: { continues?: boolean } = {}): { value: string; lines: number } | null {
    for (const l of this.lines) {
      const label = labels.find((lab) => l.text.startsWith(lab))
      if (label === undefined) continue
      let value = cut(l.text.slice(label.length), stops)
      let anchor: Placed = l
      if (value.length === 0) {
        const next = l.hasBox ? this.rightOf(l) : this.lines[this.lines.indexOf(l) + 1]
        if (next === undefined || startsWithAny(next.text, [...labels, ...stops])) continue
        value = cut(next.text, stops)
        anchor = next
      }
      let count = 1
      if (opts.continues) {
        for (const more of this.continuation(l, anchor, stops)) {
          value += cut(more.text, stops)
          count++
        }
      }
      if (value.length > 0) return { value, lines: count }
    }
    return null
  }

  /** Runs below the value, indented like it, that are no label of their own. */
  private continuation(label: Placed, anchor: Placed, stops: readonly string[]): Placed[] {
    const out: Placed[] = []
    let prev = anchor
    const start = this.lines.indexOf(anchor)
    for (const l of this.lines.slice(start + 1)) {
      if (startsWithAny(l.text, stops)) break
      if (!l.hasBox || !prev.hasBox) {
        if (l.hasBox !== prev.hasBox) break
        out.push(l)
        prev = l
        continue
      }
      if (this.sameRow(l, prev)) continue
      const gap = l.top - prev.bottom
      if (gap > prev.h * 1.2) break
      // Wrapped text starts under the value, right of where the label starts.
      if (l.left < label.left + label.h * 0.8) break
      out.push(l)
      prev = l
    }
    return out
  }
}

function startsWithAny(s: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => s.startsWith(p))
}

function cut(s: string, stops: readonly string[]): string {
  let end = s.length
  for (const stop of stops) {
    const i = s.indexOf(stop)
    if (i >= 0 && i < end) end = i
  }
  return s.slice(0, end)
}
