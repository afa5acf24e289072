import { View, Text } from '@tarojs/components'
import type { DocumentRef } from '../../core/schemas/documents'
import { copyText } from '../../services/media'
import { toast } from '../../services/dialogs'
import { DocumentSlot } from '../capture'
import { TT } from './texts'
import './trust.scss'

/**
 * Under a self-media account: its verification code (to put in the bio or a pinned post) with a
 * copy button, or a dated screenshot of the creator dashboard as the alternative.
 */
export function OwnershipProof ({ index, code, phrase, filingId, screenshot, onScreenshot }: { index: number, code: string | null, phrase: string | null, filingId: string | undefined, screenshot: DocumentRef | undefined, onScreenshot: (ref: DocumentRef | undefined) => void }) {
  return (
    <View className='ownership' data-testid={`ownership-${index}`}>
      <View className='card-title'>{TT.ownershipTitle}</View>
      <View className='muted'>{TT.ownershipHint}</View>
      {code !== null && phrase !== null
        ? (
          <View>
            <View className='ownership__code' data-testid={`ownership-code-${index}`} aria-label={`验证码 ${code.split('').join(' ')}`}>{code}</View>
            <Text className='ownership__phrase' userSelect>{phrase}</Text>
            <View role='button' className='phone-verify__btn' onClick={() => { void copyText(phrase).then(() => toast(TT.ownershipCopied, 'success')) }}>{TT.ownershipCopy}</View>
          </View>
          )
        : <View className='muted'>{filingId === undefined ? TT.ownershipNeedCloud : TT.ownershipLoading}</View>}
      {filingId !== undefined
        ? (
          <View className='ownership__shot'>
            <View className='field-label'>{TT.ownershipScreenshot}</View>
            <DocumentSlot kind='account_proof' filingId={filingId} value={screenshot} onChange={onScreenshot} />
          </View>
          )
        : null}
    </View>
  )
}
