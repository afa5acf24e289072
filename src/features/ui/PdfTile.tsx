import { View, Text } from '@tarojs/components'
import { UI_T } from './texts'
import './forms.scss'

export interface PdfTileProps {
  /** How many pages the server counted. */
  pages: number
  /** The document's name, for the tile's description. */
  label: string
  /** A line printed across the tile (staff: the purpose mark a PDF cannot carry in its pixels). */
  mark?: string
  className?: string
  testId?: string
  onTap?: () => void
}

/** A PDF scan where a photo would be: a tile saying PDF and its page count (never rendered on the phone). */
export function PdfTile ({ pages, label, mark, className, testId, onTap }: PdfTileProps) {
  return (
    <View className={`pdf-tile ${className ?? ''}`} role={onTap ? 'button' : 'img'} ariaLabel={UI_T.pdfOf(label, pages)} data-testid={testId} onClick={onTap}>
      <Text className='pdf-tile__badge'>PDF</Text>
      <Text className='pdf-tile__pages'>{UI_T.pdfPages(pages)}</Text>
      {mark ? <Text className='pdf-tile__mark'>{mark}</Text> : null}
    </View>
  )
}
