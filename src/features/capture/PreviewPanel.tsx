import { View, Image, Text } from '@tarojs/components'
import { WATERMARK_STYLE, cssRgba, type QualityReport } from '../../core/image'
import type { ProcessedPhoto } from '../../services/image-pipeline'
import { Button } from '../ui'
import { T, fill } from './texts'

export interface PreviewProps {
  photo: ProcessedPhoto
  watermark: string | null
  fromAlbum: boolean
  /** The live check at the moment of the shot, if it found a problem. */
  issue: QualityReport | null
  onUse: () => void
  onRetake: () => void
}

/**
 * The photo as it will be uploaded (cropped, compressed), with retake. For ID sides, the band the
 * server adds below the photo is shown in its colours (core's WATERMARK_STYLE), so the applicant
 * knows what the stored copy will say.
 */
export function PreviewPanel({ photo, watermark, fromAlbum, issue, onUse, onRetake }: PreviewProps) {
  return (
    <View className='capture-preview' data-testid='capture-preview'>
      <View className='capture-preview__title'>{T.previewTitle}</View>
      <Image className='capture-preview__img' data-testid='capture-preview-image' src={photo.path} mode='aspectFit' />
      <View className='muted'>{fill(T.previewSize, { w: photo.width, h: photo.height, kb: Math.round(photo.bytes / 1024) })}</View>
      {watermark !== null ? (
        <View
          className='capture-preview__band'
          data-testid='capture-watermark-note'
          style={{ background: cssRgba(WATERMARK_STYLE.bandBackground), color: cssRgba(WATERMARK_STYLE.bandText) }}
        >
          {fill(T.previewWatermarked, { watermark })}
        </View>
      ) : null}
      {fromAlbum ? <View className='capture-warn'><Text>{T.previewAlbum}</Text></View> : null}
      {issue !== null ? <View className='capture-warn'><Text>{fill(T.previewWarn, { issue: issue.hint.split('，')[0] })}</Text></View> : null}
      <Button testId='capture-use' onTap={onUse}>{T.use}</Button>
      <Button kind='secondary' testId='capture-retake' onTap={onRetake}>{T.retake}</Button>
    </View>
  )
}
