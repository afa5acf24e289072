import { View, Text } from '@tarojs/components'
import { absoluteUrl, previewImages } from '../../services/media'
import { Photo } from './Photo'
import { UI_T } from './texts'
import './forms.scss'

export interface GridPhoto { key: string, label: string, url?: string }

/** Thumbnails with their names; a tap opens the full-screen viewer (pinch to zoom, swipe). */
export function PhotoGrid ({ photos, missing, testId }: { photos: GridPhoto[], missing: string, testId?: string }) {
  // The name is printed under each photo; the picture itself is described as what it is.
  const urls = photos.map((p) => p.url).filter((u): u is string => typeof u === 'string')
  return (
    <View className='docs' data-testid={testId}>
      {photos.map((p) => (
        <View key={p.key} className='doc' role='button' data-testid='document' onClick={() => { if (p.url !== undefined) previewImages(p.url, urls) }}>
          {p.url !== undefined
            ? <Photo className='doc__img' src={absoluteUrl(p.url)} mode='aspectFill' alt={UI_T.photoOf(p.label)} />
            : <View className='doc__img doc__img--missing'>{missing}</View>}
          <Text className='doc__label'>{p.label}</Text>
        </View>
      ))}
    </View>
  )
}
