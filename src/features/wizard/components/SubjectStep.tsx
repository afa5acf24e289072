import { View } from '@tarojs/components'
import { SUBJECT_TYPE_LABELS, SubjectTypeSchema, type SubjectType } from '../../../core/schemas/subject'
import { jurisdiction } from '../../../config/jurisdiction'
import { landlineExample } from '../../../core/jurisdiction/schema'
import type { Wizard } from '../useWizard'
import { T } from '../texts'
import { ChoiceGroup, SelectField, Skeleton } from '../../ui'
import { Bound } from './Bound'
import { CatalogueFields } from './CatalogueFields'
import { PhoneVerify } from '../../trust'
import { IdCardOcr, LicenceOcr } from './OcrCards'
import { AgencyFields } from './AgencyFields'
import { ProfilePick, useProfileList } from './ProfilePick'

const TYPES = SubjectTypeSchema.options.map((t) => ({ value: t, label: SUBJECT_TYPE_LABELS[t] }))
const TOWNS = jurisdiction.towns.map((t) => ({ value: t.code, label: t.name }))
const PHONE_PLACEHOLDER = T.phonePlaceholder(landlineExample(jurisdiction))

/** An ID number input shaped by the document type chosen above it (label from core). */
function IdNumber ({ w, path, idType }: { w: Wizard, path: string, idType: string | undefined }) {
  const resident = idType === undefined || idType === 'resident_id'
  return resident
    ? <Bound w={w} path={path} type='idcard' maxlength={18} placeholder={T.idPlaceholder(true)} />
    : <Bound w={w} path={path} maxlength={30} placeholder={T.idPlaceholder(false)} />
}

/** Step 1: who files. The type comes first; the fields below follow it. */
export function SubjectStep ({ w }: { w: Wizard }) {
  const content = w.draft?.content ?? {}
  const type = content.subject?.type
  const org = type === 'company' || type === 'public_body'
  const same = content.operator?.sameAsSubject
  // A correction or an amendment starts from the filing's own subject: profiles only for a new one.
  const profiles = useProfileList(w.draft?.mode === 'new')

  function pickType (t: SubjectType) {
    w.update('subject.type', t)
    // Organisations must name an operations person; only individuals may run the accounts themselves.
    if (t !== 'individual' && same !== false) w.update('operator.sameAsSubject', false)
  }

  if (profiles === null) return <Skeleton cards={2} lines={3} />
  return (
    <View>
      <ProfilePick w={w} items={profiles} onType={pickType} />
      <View className='card'>
        <ChoiceGroup label={T.subjectType} path='subject.type' value={type} choices={TYPES} error={w.errors['subject.type'] ?? w.errors.subject} flagged={w.draft?.flagged['subject.type']} hint={type === undefined ? T.subjectTypeHint : undefined} onPick={pickType} />
      </View>
      {type !== undefined
        ? (
          <View className='card'>
            {type === 'individual' ? <IdCardOcr w={w} who='subject' /> : null}
            {type === 'company' ? <LicenceOcr w={w} /> : null}
            <Bound w={w} path='subject.name' placeholder={org ? '与营业执照或组织机构代码证一致' : '与身份证一致'} />
            <CatalogueFields w={w} group='subject' prefix='subject' subjectType={type} />
            {type === 'individual' ? <IdNumber w={w} path='subject.idNumber' idType={content.subject?.idType} /> : null}
            {type === 'individual' && (content.subject?.idType ?? 'resident_id') === 'resident_id' ? <Bound w={w} path='subject.idValidUntil' label='身份证有效期至' optional maxlength={10} placeholder='如 2035-06-15，长期有效填“长期”' /> : null}
            {type === 'company' ? <Bound w={w} path='subject.uscc' maxlength={18} placeholder='营业执照上的18位代码' /> : null}
            {type === 'company' ? <Bound w={w} path='subject.legalRepresentative' /> : null}
            {org ? <Bound w={w} path='subject.orgCode' maxlength={10} optional hint={type === 'company' ? '没有统一社会信用代码的旧证可填组织机构代码' : '与统一社会信用代码至少填一项'} /> : null}
            {type === 'public_body' ? <Bound w={w} path='subject.uscc' maxlength={18} optional hint='与组织机构代码至少填一项' /> : null}
            <Bound w={w} path='subject.phone' maxlength={20} type='phone' label={org ? '单位联系电话' : '联系电话'} placeholder={PHONE_PLACEHOLDER} />
            <PhoneVerify phone={content.subject?.phone} path='subject.phone' />
            <Bound w={w} path='subject.email' label={org ? '单位电子邮箱' : '电子邮箱'} optional={!org} />
            <SelectField
              label='所在镇（街道）'
              path='subject.town'
              value={content.subject?.town}
              options={TOWNS}
              error={w.errors['subject.town']}
              flagged={w.draft?.flagged['subject.town']}
              onPick={(v) => { w.update('subject.town', v); w.touch('subject.town') }}
            />
            <Bound w={w} path='subject.address' placeholder='如 开平市三埠街道港口路1号' />
          </View>
          )
        : null}
      {type !== undefined
        ? (
          <View className='card'>
            <View className='card-title'>{T.operatorTitle}</View>
            {type === 'individual'
              ? (
                <ChoiceGroup
                  label='谁负责账号的日常运维'
                  path='operator.sameAsSubject'
                  value={same === undefined ? undefined : same ? 'same' : 'other'}
                  choices={[{ value: 'same', label: T.operatorSame }, { value: 'other', label: T.operatorOther }]}
                  error={w.errors['operator.sameAsSubject'] ?? w.errors.operator}
                  flagged={w.draft?.flagged['operator.sameAsSubject']}
                  onPick={(v) => w.update('operator.sameAsSubject', v === 'same')}
                />
                )
              : <View className='muted'>{T.operatorOrgHint}</View>}
            {(org && same !== true) || same === false
              ? (
                <View>
                  {type === 'company' ? <IdCardOcr w={w} who='operator' /> : null}
                  <Bound w={w} path='operator.name' />
                  <CatalogueFields w={w} group='operator' prefix='operator' subjectType={type} />
                  {type !== 'public_body' ? <IdNumber w={w} path='operator.idNumber' idType={content.operator?.idType} /> : null}
                  {type === 'company' && (content.operator?.idType ?? 'resident_id') === 'resident_id' ? <Bound w={w} path='operator.idValidUntil' label='运维负责人身份证有效期至' optional maxlength={10} placeholder='如 2035-06-15，长期有效填“长期”' /> : null}
                  <Bound w={w} path='operator.phone' maxlength={20} type='phone' placeholder={PHONE_PLACEHOLDER} />
                  <PhoneVerify phone={content.operator?.phone} path='operator.phone' />
                  <Bound w={w} path='operator.email' label='运维负责人电子邮箱' optional />
                </View>
                )
              : null}
          </View>
          )
        : null}
      {type !== undefined ? <AgencyFields w={w} /> : null}
    </View>
  )
}
