import { View, Text } from '@tarojs/components'
import { absoluteUrl, openPdf, previewImages } from '../../services/media'
import { PdfTile } from './PdfTile'
import { Photo } from './Photo'
import { UI_T } from './texts'
import './forms.scss'

export interface GridPhoto {
  key: string
  label: string
  url?: string
  /** A PDF scan: its page count (and, for staff, the mark printed on its tile). */
  pdf?: { pages: number, mark?: string }
}

/** Thumbnails with their names; a tap opens the full-screen viewer (pinch to zoom, swipe). */
export function PhotoGrid ({ photos, missing, testId }: { photos: GridPhoto[], missing: string, testId?: string }) {
  // The name is printed under each photo; the picture itself is described as what it is.
  const urls = photos.filter((p) => p.pdf === undefined).map((p) => p.url).filter((u): u is string => typeof u === 'string')
  const open = (p: GridPhoto) => {
    if (p.url === undefined) return
    if (p.pdf !== undefined) void openPdf(p.url).catch(() => undefined)
    else previewImages(p.url, urls)
  }
  return (
    <View className='docs' data-testid={testId}>
      {photos.map((p) => (
        <View key={p.key} className='doc' role='button' data-testid='document' onClick={() => open(p)}>
          {p.url === undefined
            ? <View className='doc__img doc__img--missing'>{missing}</View>
            : p.pdf !== undefined
              ? <PdfTile className='doc__img' pages={p.pdf.pages} label={p.label} mark={p.pdf.mark} testId='document-pdf' />
              : <Photo className='doc__img' src={absoluteUrl(p.url)} mode='aspectFill' alt={UI_T.photoOf(p.label)} />}
          <Text className='doc__label'>{p.label}</Text>
        </View>
      ))}
    </View>
  )
}
