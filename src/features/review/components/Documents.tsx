import { View } from '@tarojs/components'
import { fieldLabel } from '../../../core/schemas/field-labels'
import type { DraftContent } from '../../../core/schemas/filing'
import { PhotoGrid } from '../../ui'
import { T } from '../texts'

/** Thumbnails of every document; a tap opens WeChat's full-screen viewer (pinch to zoom, swipe). */
export function Documents ({ content, links }: { content: DraftContent, links: Record<string, string> }) {
  const photos = (content.documents ?? []).map((d, i) => ({ key: `${d.fileId}-${i}`, label: fieldLabel(`documents.${d.kind}`, content), url: links[d.fileId] }))
  return (
    <View className='card' data-testid='documents'>
      <View className='card-title'>{T.sectionDocuments}</View>
      <View className='muted'>{T.tapToZoom}</View>
      <PhotoGrid photos={photos} missing={T.docMissing} />
    </View>
  )
}
