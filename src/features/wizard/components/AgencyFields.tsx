import { View } from '@tarojs/components'
import { AGENCY_TEXTS as AT } from '../../agency'
import { CheckRow } from '../../ui'
import type { Wizard } from '../useWizard'
import { Bound } from './Bound'

/**
 * Step 1, 委托代理: the applicant says they file as an agent for the subject above (the principal)
 * and names the agency; the documents step then asks for the 授权委托书. Kept apart from the
 * subject fields so step 1's other changes and this one do not meet.
 */
export function AgencyFields ({ w }: { w: Wizard }) {
  const agency = w.draft?.content.agency
  const on = agency !== undefined
  return (
    <View className='card' data-testid='agency-fields'>
      <View className='card-title'>{AT.agentTitle}</View>
      <CheckRow checked={on} label={AT.agentToggle} testId='agency-toggle' onToggle={() => w.update('agency', on ? undefined : {})} />
      {on
        ? (
          <View>
            <View className='muted'>{AT.agentHint}</View>
            <Bound w={w} path='agency.name' label={AT.agentName} placeholder={AT.agentNamePlaceholder} />
            <Bound w={w} path='agency.contact' label={AT.agentContact} maxlength={20} />
            <Bound w={w} path='agency.phone' label={AT.agentPhone} type='phone' maxlength={20} />
          </View>
          )
        : null}
    </View>
  )
}
