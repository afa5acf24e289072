import { View, Text } from '@tarojs/components'
import { toast } from '../../services/dialogs'
import { openOrCopyLink } from '../../services/external'
import { O } from './texts'

/** An event's materials (slides, video links): each opens where it can, else its link is copied. Operators and staff see the same card. */
export function Materials ({ items, testId }: { items: ReadonlyArray<{ title: string, url: string }>, testId: string }) {
  async function open (url: string) {
    if ((await openOrCopyLink(url)) === 'copied') toast(O.detail.copied)
  }
  return (
    <View className='card'>
      <View className='card-title'>{O.detail.materials}</View>
      {items.length === 0 ? <View className='muted'>{O.detail.noMaterials}</View> : <View className='muted'>{O.detail.materialsHint}</View>}
      {items.map((m) => (
        <View key={m.url} className='ev-material' data-testid={testId}>
          <Text className='ev-material__title'>{m.title}</Text>
          <View className='ev-material__link' role='link' onClick={() => { void open(m.url) }}>{O.detail.copyLink}</View>
        </View>
      ))}
    </View>
  )
}
