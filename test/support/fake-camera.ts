/**
 * A file for Chromium's fake camera (`--use-file-for-fake-video-capture=<file>.y4m`): one still
 * frame, looped by the browser, in YUV4MPEG2 (4:2:0, full-range BT.601 as 'C420jpeg' says).
 */
import { writeFileSync } from 'node:fs'
import sharp from 'sharp'

export async function writeStillY4m (file: string, image: Buffer, width: number, height: number, background = '#6f5a46'): Promise<void> {
  const { data } = await sharp(image).resize(width, height, { fit: 'contain', background }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  const w2 = width / 2
  const h2 = height / 2
  const y = Buffer.alloc(width * height)
  const u = Buffer.alloc(w2 * h2)
  const v = Buffer.alloc(w2 * h2)
  for (let i = 0, p = 0; i < width * height; i++, p += 3) y[i] = Math.round(0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2])
  for (let by = 0; by < h2; by++) {
    for (let bx = 0; bx < w2; bx++) {
      let r = 0
      let g = 0
      let b = 0
      for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
        const p = ((by * 2 + dy) * width + bx * 2 + dx) * 3
        r += data[p]; g += data[p + 1]; b += data[p + 2]
      }
      r /= 4; g /= 4; b /= 4
      u[by * w2 + bx] = Math.max(0, Math.min(255, Math.round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128)))
      v[by * w2 + bx] = Math.max(0, Math.min(255, Math.round(0.5 * r - 0.418688 * g - 0.081312 * b + 128)))
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(file, Buffer.concat([header, Buffer.from('FRAME\n'), y, u, v]))
}
