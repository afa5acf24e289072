import { View, Text } from '@tarojs/components'
import { ACCOUNT_KIND_LABELS } from '../../../core/schemas/account'
import { DOCUMENT_KIND_LABELS, type DocumentRef } from '../../../core/schemas/documents'
import { maskIdNumber } from '../../../core/mask'
import { accountPlatformLabel } from '../../../core/filing/accounts'
import { describeContent } from '../../../core/filing/describe'
import { fieldLabel } from '../../../core/schemas/field-labels'
import { SignaturePad } from '../../capture'
import { jurisdiction } from '../../../config/jurisdiction'
import { accountTitle, errorsOnStep, type DraftDocument, type StepIndex } from '../model'
import type { Wizard } from '../useWizard'
import { COMMITMENT_VERSION, T, commitmentText } from '../texts'
import { withDocument } from './DocumentsStep'

function Section ({ title, step, w, children }: { title: string, step: StepIndex, w: Wizard, children: React.ReactNode }) {
  const problems = Object.keys(errorsOnStep(w.errors, step)).length
  return (
    <View className={`card preview-section ${problems > 0 ? 'account--attention' : ''}`} role='button' data-testid={`preview-${step}`} onClick={() => w.goTo(step, true)}>
      <View className='preview-section__head'>
        <Text className='card-title'>{title}</Text>
        <Text className='link-btn'>修改 ›</Text>
      </View>
      {problems > 0 ? <Text className='error-text'>{problems}处需要修改</Text> : null}
      {children}
    </View>
  )
}

function Line ({ k, v }: { k: string, v?: string | number | null }) {
  return <View className='kv'><Text className='kv__k'>{k}</Text><Text className='kv__v'>{v === undefined || v === null || v === '' ? '—' : String(v)}</Text></View>
}

/** Step 4: everything on one page; tap a section to edit it and come back; commitment; signature. */
export function ReviewStep ({ w }: { w: Wizard }) {
  const c = w.draft?.content ?? {}
  const s = c.subject ?? {}
  const op = c.operator ?? {}
  const org = s.type !== 'individual'
  // The subject's lines as the field catalogue lists them (ID numbers masked on screen).
  const subjectRows = describeContent(c, jurisdiction).find((s) => s.key === 'subject')?.rows ?? []
  const docs = c.documents ?? []
  const signature = docs.find((d) => d.kind === 'signature')
  const accepted = c.commitment?.accepted === true
  return (
    <View>
      <View className='muted preview-hint'>{T.previewTapToEdit}</View>
      <Section title='主体信息' step={0} w={w}>
        {subjectRows.map((r) => <Line key={r.path} k={r.label} v={r.sensitive ? maskIdNumber(r.value) : r.value} />)}
        <Line k={fieldLabel('operator')} v={op.sameAsSubject ? '本人' : op.name} />
      </Section>
      <Section title={`账号信息（${(c.accounts ?? []).length}个）`} step={1} w={w}>
        {(c.accounts ?? []).map((a, i) => (
          <Line key={a.id ?? i} k={`${a.kind ? ACCOUNT_KIND_LABELS[a.kind] : ''}${i + 1}`} v={`${a.kind === 'self_media' ? `${accountPlatformLabel(a, jurisdiction)} · ` : ''}${accountTitle(a)}`} />
        ))}
      </Section>
      <Section title='材料' step={2} w={w}>
        {docs.filter((d) => d.kind !== 'signature').map((d) => <Line key={d.kind} k={DOCUMENT_KIND_LABELS[d.kind]} v='已上传' />)}
      </Section>
      <View className='card' data-field='commitment.accepted'>
        <View className='card-title'>{T.commitmentTitle}</View>
        {commitmentText(jurisdiction.office.name).map((p, i) => <View key={i} className='commitment-p'>{p}</View>)}
        <View
          role='checkbox'
          aria-checked={accepted}
          className={`choice ${accepted ? 'choice--on' : ''}`}
          data-testid='commitment-accept'
          onClick={() => w.update('commitment', accepted ? undefined : { accepted: true, acceptedAt: new Date().toISOString(), textVersion: COMMITMENT_VERSION })}
        >
          <Text>{accepted ? '☑ ' : '☐ '}{T.commitmentAccept}</Text>
        </View>
        {w.errors['commitment.accepted'] ?? w.errors.commitment ? <Text className='error-text field-error'>{w.errors['commitment.accepted'] ?? w.errors.commitment}</Text> : null}
      </View>
      {!org
        ? (
          <View className='card' data-field='documents.signature'>
            <View className='card-title'>{T.signTitle}</View>
            {w.draft?.flagged['documents.signature'] ? <View className='field-flag'>需修改：{w.draft.flagged['documents.signature']}</View> : null}
            {signature
              ? (
                <View>
                  <Text>✓ {T.signed}</Text>
                  <View className='link-btn' role='button' onClick={() => w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], 'signature', undefined))}>{T.signAgain}</View>
                </View>
                )
              : (
                <View>
                  <View className='muted'>{T.signHint}</View>
                  {w.draft?.cloudId !== undefined ? <SignaturePad filingId={w.draft.cloudId} onDone={(ref: DocumentRef) => w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], 'signature', ref))} /> : <Text className='error-text'>{T.needCloud}</Text>}
                </View>
                )}
            {w.errors['documents.signature'] ? <Text className='error-text field-error'>{w.errors['documents.signature']}</Text> : null}
          </View>
          )
        : null}
    </View>
  )
}
