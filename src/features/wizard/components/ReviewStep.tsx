import { View, Text } from '@tarojs/components'
import { documentKindLabel, pagesOf, type DocumentRef } from '../../../core/schemas/documents'
import { describeContent } from '../../../core/filing/describe'
import { maskIdNumber } from '../../../core/mask'
import { SignaturePad } from '../../capture'
import { Cell, CheckRow, FieldMessage, PdfTile, Photo } from '../../ui'
import { absoluteUrl } from '../../../services/media'
import { jurisdiction } from '../../../config/jurisdiction'
import { errorsOnStep, type DraftDocument, type StepIndex } from '../model'
import type { Wizard } from '../useWizard'
import { COMMITMENT_VERSION, T, commitmentText } from '../texts'
import { withDocument } from './DocumentsStep'

function Section ({ title, step, w, testId, children }: { title: string, step: StepIndex, w: Wizard, testId: string, children: React.ReactNode }) {
  const problems = Object.keys(errorsOnStep(w.errors, step)).length
  return (
    <View className={`cells preview-section ${problems > 0 ? 'account--attention' : ''}`} data-testid={testId}>
      <View className='cells__title'>
        <Text>{title}</Text>
        <View className='preview-edit' role='button' data-testid={`${testId}-edit`} onClick={() => w.goTo(step, true)}>{T.editSection}</View>
      </View>
      {problems > 0 ? <View className='preview-account'><FieldMessage problemKey={`preview-${step}`} label={title} message={T.sectionProblems(problems)} /></View> : null}
      {children}
    </View>
  )
}

/**
 * Step 4: everything that will be filed, as it will be read — every field of the subject and
 * operator, every account in full, the photos — then the commitment and (individuals) the
 * signature. Tap 修改 on a section to edit it and come back here.
 */
export function ReviewStep ({ w }: { w: Wizard }) {
  const c = w.draft?.content ?? {}
  const type = c.subject?.type
  const org = type !== undefined && type !== 'individual'
  const docs = c.documents ?? []
  const signature = docs.find((d) => d.kind === 'signature')
  const accepted = c.commitment?.accepted === true
  // The owner's own ID numbers are in the draft; the preview shows them masked like everywhere else.
  const sections = describeContent(c, jurisdiction).map((s) => ({ ...s, rows: s.rows.map((r) => (r.sensitive ? { ...r, value: maskIdNumber(r.value) } : r)) }))
  const people = sections.filter((s) => s.key === 'subject' || s.key === 'operator')
  const accounts = sections.filter((s) => s.key.startsWith('account-'))
  const link = (d: DraftDocument) => w.links[d.fileId]
  const signatureUrl = signature !== undefined ? link(signature) : undefined
  return (
    <View>
      <View className='section-title'>{T.previewTapToEdit}</View>
      <Section title={T.steps[0]} step={0} w={w} testId='preview-0'>
        {people.flatMap((s) => s.rows.map((r) => <Cell key={r.path} label={r.label} value={r.value} />))}
      </Section>
      <Section title={`${T.steps[1]}（${accounts.length}个）`} step={1} w={w} testId='preview-1'>
        {accounts.map((s) => (
          <View key={s.key} className='preview-account' data-testid='preview-account'>
            <Text className='preview-account__title'>{s.title}</Text>
            {s.rows.filter((r) => !r.path.endsWith('.kind')).map((r) => <View key={r.path} className='preview-account__line'>{r.label}：{r.value}</View>)}
          </View>
        ))}
      </Section>
      <Section title={T.steps[2]} step={2} w={w} testId='preview-2'>
        <View className='preview-thumbs'>
          {docs.filter((d) => d.kind !== 'signature').map((d, i, shown) => {
            // Every page is shown; a kind with several is numbered (营业执照 第2页).
            const ofKind = shown.filter((o) => o.kind === d.kind)
            const label = `${documentKindLabel(d.kind, type)}${ofKind.length > 1 ? ` 第${ofKind.indexOf(d) + 1}页` : ''}`
            const url = link(d)
            return (
              <View key={`${d.fileId}-${i}`} className='preview-thumb' data-testid='preview-document'>
                {d.format === 'pdf'
                  ? <PdfTile className='preview-thumb__img' pages={pagesOf(d)} label={label} />
                  : url !== undefined ? <Photo className='preview-thumb__img' src={absoluteUrl(url)} mode='aspectFill' alt={T.photoAlt(label)} /> : <View className='preview-thumb__img' />}
                <Text className='preview-thumb__label'>{label}</Text>
              </View>
            )
          })}
        </View>
      </Section>
      <View className='card' data-field='commitment.accepted' id='field-commitment-accepted-frame'>
        <View className='card-title'>{T.commitmentTitle}</View>
        {commitmentText(jurisdiction.office.name).map((p, i) => <View key={i} className='commitment-p'>{p}</View>)}
        <CheckRow
          checked={accepted}
          label={T.commitmentAccept}
          testId='commitment-accept'
          onToggle={() => w.update('commitment', accepted ? undefined : { accepted: true, acceptedAt: new Date().toISOString(), textVersion: COMMITMENT_VERSION })}
        />
        <FieldMessage problemKey='commitment.accepted' label={T.commitmentTitle} message={w.errors['commitment.accepted'] ?? w.errors.commitment} />
      </View>
      {!org
        ? (
          <View className='card' data-field='documents.signature' id='field-documents-signature-frame'>
            <View className='card-title'>{T.signTitle}</View>
            {w.draft?.flagged['documents.signature'] ? <View className='field-flag'>需修改：{w.draft.flagged['documents.signature']}</View> : null}
            {signature
              ? (
                <View data-testid='signature-shown'>
                  {signatureUrl !== undefined ? <Photo className='signature-image' src={absoluteUrl(signatureUrl)} alt={T.signatureAlt} testId='signature-image' /> : null}
                  <Text className='muted'>{T.signed}</Text>
                  <View className='link-btn' role='button' data-testid='signature-again' onClick={() => w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], 'signature', undefined))}>{T.signAgain}</View>
                </View>
                )
              : (
                <View>
                  <View className='muted'>{T.signHint}</View>
                  {w.draft?.cloudId !== undefined
                    ? (
                      <SignaturePad
                        filingId={w.draft.cloudId}
                        onPending={w.setPending}
                        onDone={(ref: DocumentRef, url: string | null) => {
                          if (url !== null) w.addLink(ref.fileId, url)
                          w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], 'signature', ref))
                        }}
                      />
                      )
                    : <Text className='error-text'>{T.needCloud}</Text>}
                </View>
                )}
            <FieldMessage problemKey='documents.signature' label={T.signTitle} message={w.errors['documents.signature']} />
          </View>
          )
        : null}
    </View>
  )
}
