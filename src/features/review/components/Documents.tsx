import { View } from '@tarojs/components'
import { pagesOf } from '../../../core/schemas/documents'
import { fieldLabel } from '../../../core/schemas/field-labels'
import { watermarkFor } from '../../../core/jurisdiction/schema'
import { jurisdiction } from '../../../config/jurisdiction'
import type { DraftContent } from '../../../core/schemas/filing'
import { PhotoGrid } from '../../ui'
import { T } from '../texts'

/**
 * Thumbnails of every page of every document; a tap opens WeChat's full-screen viewer (pinch to
 * zoom, swipe) or, for a PDF scan, the system's PDF viewer. A PDF carries no watermark in its
 * pixels, so its tile carries the purpose line instead.
 */
export function Documents ({ content, links }: { content: DraftContent, links: Record<string, string> }) {
  const docs = content.documents ?? []
  const mark = watermarkFor(jurisdiction)
  const photos = docs.map((d, i) => {
    const ofKind = docs.filter((o) => o.kind === d.kind)
    const label = `${fieldLabel(`documents.${d.kind}`, content)}${ofKind.length > 1 ? ` 第${ofKind.indexOf(d) + 1}页` : ''}`
    return { key: `${d.fileId}-${i}`, label, url: links[d.fileId], pdf: d.format === 'pdf' ? { pages: pagesOf(d), mark } : undefined }
  })
  return (
    <View className='card' data-testid='documents'>
      <View className='card-title'>{T.sectionDocuments}</View>
      <View className='muted'>{T.tapToZoom}</View>
      <PhotoGrid photos={photos} missing={T.docMissing} />
    </View>
  )
}
