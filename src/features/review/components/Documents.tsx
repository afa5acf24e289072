import { View, Image, Text } from '@tarojs/components'
import { fieldLabel } from '../../../core/schemas/field-labels'
import type { DraftContent } from '../../../core/schemas/filing'
import { absoluteUrl, previewImages } from '../../../services/media'
import { T } from '../texts'

/** Thumbnails of every document; a tap opens WeChat's full-screen viewer (pinch to zoom, swipe). */
export function Documents ({ content, links }: { content: DraftContent, links: Record<string, string> }) {
  const docs = (content.documents ?? []).map((d) => ({ ...d, url: links[d.fileId] }))
  const urls = docs.map((d) => d.url).filter((u): u is string => typeof u === 'string')
  return (
    <View className='card' data-testid='documents'>
      <View className='card-title'>{T.sectionDocuments}</View>
      <View className='muted'>{T.tapToZoom}</View>
      <View className='docs'>
        {docs.map((d, i) => (
          <View
            key={`${d.fileId}-${i}`}
            className='doc'
            role='button'
            data-testid='document'
            onClick={() => { if (d.url !== undefined) previewImages(d.url, urls) }}
          >
            {d.url !== undefined
              ? <Image className='doc__img' src={absoluteUrl(d.url)} mode='aspectFill' lazyLoad />
              : <View className='doc__img doc__img--missing'>{T.docMissing}</View>}
            <Text className='doc__label'>{fieldLabel(`documents.${d.kind}`)}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
