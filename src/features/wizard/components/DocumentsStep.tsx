import { View, Text } from '@tarojs/components'
import { documentKindLabel, requiredDocuments, type DocumentRef, type DocumentKind } from '../../../core/schemas/documents'
import { photographedIdType } from '../../../core/schemas/filing'
import { DocumentSlot } from '../../capture'
import { FieldMessage } from '../../ui'
import { fieldLabel } from '../../../core/schemas/field-labels'
import type { Wizard } from '../useWizard'
import type { DraftDocument } from '../model'
import { T } from '../texts'
import { RegistrationFormCard } from './RegistrationFormCard'

/** Replaces the document of one kind (one photo per kind in the wizard). */
export function withDocument (docs: DraftDocument[], kind: DocumentKind, ref: DocumentRef | undefined): DraftDocument[] {
  const rest = docs.filter((d) => d.kind !== kind)
  return ref === undefined ? rest : [...rest, ref]
}

/** Step 3: the materials the subject type needs; organisations first get their generated form. */
export function DocumentsStep ({ w }: { w: Wizard }) {
  const content = w.draft?.content ?? {}
  const type = content.subject?.type
  if (type === undefined) return <View className='card error-text'>{T.needType}</View>
  const docs = content.documents ?? []
  const idType = photographedIdType(content)
  const kinds = requiredDocuments(type, content.subject?.certificateKind, idType).filter((k) => k !== 'signature')
  // Photos are stored under the filing: the draft must have reached the cloud once.
  const cloudId = w.draft?.cloudId
  return (
    <View>
      <RegistrationFormCard content={content} />
      <View className='section-title'>{T.documentsTitle}：{T.documentsHint}</View>
      {kinds.map((kind) => {
        const path = `documents.${kind}`
        const doc = docs.find((d) => d.kind === kind) as DocumentRef | undefined
        return (
          <View key={kind} className='card' data-field={path}>
            {cloudId !== undefined
              ? (
                <DocumentSlot
                  kind={kind}
                  label={documentKindLabel(kind, type, idType)}
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
