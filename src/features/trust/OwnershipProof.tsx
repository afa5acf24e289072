import { View, Text } from '@tarojs/components'
import type { DocumentRef } from '../../core/schemas/documents'
import { OWNERSHIP_CODE_LENGTH, ownershipPhrase } from '../../core/trust/ownership'
import { jurisdiction } from '../../config/jurisdiction'
import { copyText } from '../../services/media'
import { toast } from '../../services/dialogs'
import { DocumentSlot } from '../capture'
import { TT } from './texts'
import './trust.scss'

const PLACEHOLDER_CODE = '·'.repeat(OWNERSHIP_CODE_LENGTH)
const PLACEHOLDER_PHRASE = ownershipPhrase(jurisdiction.office.shortName, PLACEHOLDER_CODE)

/**
 * Under a self-media account: its verification code (to put in the bio or a pinned post) with a
 * copy button, or a dated screenshot of the creator dashboard as the alternative.
 */
export function OwnershipProof ({ index, code, phrase, filingId, screenshot, onScreenshot }: { index: number, code: string | null, phrase: string | null, filingId: string | undefined, screenshot: DocumentRef | undefined, onScreenshot: (ref: DocumentRef | undefined) => void }) {
  const ready = code !== null && phrase !== null
  const waiting = filingId === undefined ? TT.ownershipNeedCloud : TT.ownershipLoading
  return (
    <View className='ownership' data-testid={`ownership-${index}`}>
      <View className='card-title'>{TT.ownershipTitle}</View>
      <View className='muted'>{TT.ownershipHint}</View>
      {/* Until the code arrives, its box, phrase and button stand there already in their final size:
          the answer comes a moment after the account is complete, just when people reach for 下一步
          below, and a box growing then would move 下一步 away from under the finger. */}
      <View aria-busy={!ready}>
        <View className={`ownership__code${ready ? '' : ' ownership__code--wait'}`} data-testid={ready ? `ownership-code-${index}` : undefined} aria-label={ready ? `验证码 ${code.split('').join(' ')}` : undefined} aria-hidden={!ready}>{ready ? code : PLACEHOLDER_CODE}</View>
        <Text className={`ownership__phrase${ready ? '' : ' ownership__phrase--wait'}`} userSelect={ready} aria-hidden={!ready}>{ready ? phrase : PLACEHOLDER_PHRASE}</Text>
        <View role='button' aria-disabled={!ready} className={`phone-verify__btn${ready ? '' : ' phone-verify__btn--off'}`} onClick={ready ? () => { void copyText(phrase).then(() => toast(TT.ownershipCopied, 'success')) } : undefined}>{ready ? TT.ownershipCopy : waiting}</View>
      </View>
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
