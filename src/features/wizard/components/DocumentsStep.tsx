import { View, Text } from '@tarojs/components'
import { MAX_PAGES, documentKindLabel, requiredDocuments, type DocumentRef, type DocumentKind } from '../../../core/schemas/documents'
import { withAgencyLetter } from '../../../core/org/agency'
import { photographedIdType } from '../../../core/schemas/filing'
import { DocumentPages, DocumentSlot } from '../../capture'
import { FieldMessage } from '../../ui'
import { fieldLabel } from '../../../core/schemas/field-labels'
import type { Wizard } from '../useWizard'
import type { DraftDocument } from '../model'
import { T } from '../texts'
import { RegistrationFormCard } from './RegistrationFormCard'

/** Replaces the document of a one-page kind (an ID side, the signature). */
export function withDocument (docs: DraftDocument[], kind: DocumentKind, ref: DocumentRef | undefined): DraftDocument[] {
  return withPages(docs, kind, ref === undefined ? [] : [ref])
}

/** Replaces every page of one kind, in the order given. */
export function withPages (docs: DraftDocument[], kind: DocumentKind, pages: DocumentRef[]): DraftDocument[] {
  return [...docs.filter((d) => d.kind !== kind), ...pages]
}

/** Step 3: the materials the subject type needs; organisations first get their generated form. */
export function DocumentsStep ({ w }: { w: Wizard }) {
  const content = w.draft?.content ?? {}
  const type = content.subject?.type
  if (type === undefined) return <View className='card error-text'>{T.needType}</View>
  const docs = content.documents ?? []
  const idType = photographedIdType(content)
  const kinds = withAgencyLetter(requiredDocuments(type, content.subject?.certificateKind, idType).filter((k) => k !== 'signature'), content)
  // Photos are stored under the filing: the draft must have reached the cloud once.
  // A staff entry's scans go to the staff member's own upload folder, under no filing yet.
  const cloudId = w.draft?.mode === 'entry' ? '' : w.draft?.cloudId
  return (
    <View>
      <RegistrationFormCard content={content} />
      <View className='section-title'>{T.documentsTitle}：{T.documentsHint}</View>
      {kinds.map((kind) => {
        const path = `documents.${kind}`
        const doc = docs.find((d) => d.kind === kind) as DocumentRef | undefined
        const label = documentKindLabel(kind, type, idType)
        return (
          <View key={kind} className='card' data-field={path}>
            {cloudId !== undefined && MAX_PAGES[kind] > 1
              ? (
                <DocumentPages
                  kind={kind}
                  label={label}
                  filingId={cloudId}
                  pages={docs.filter((d) => d.kind === kind) as DocumentRef[]}
                  links={w.links}
                  flagged={w.draft?.flagged[path]}
                  onChange={(pages, stored) => {
                    if (stored !== undefined) w.addLink(stored.fileId, stored.url)
                    w.modify('documents', (cur) => withPages(Array.isArray(cur) ? (cur as DraftDocument[]) : [], kind, pages))
                  }}
                />
                )
              : cloudId !== undefined
              ? (
                <DocumentSlot
                  kind={kind}
                  label={label}
                  filingId={cloudId}
                  value={doc}
                  link={doc !== undefined ? w.links[doc.fileId] : undefined}
                  subjectType={type}
                  flagged={w.draft?.flagged[path]}
                  onChange={(ref, url) => {
                    if (ref !== undefined && url !== undefined) w.addLink(ref.fileId, url)
                    w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], kind, ref))
                  }}
                />
                )
              : <Text className='error-text'>{T.needCloud}</Text>}
            <FieldMessage problemKey={path} label={fieldLabel(path, content)} message={w.errors[path]} />
          </View>
        )
      })}
      <FieldMessage problemKey='documents' label={T.documentsTitle} message={w.errors.documents} />
    </View>
  )
}
