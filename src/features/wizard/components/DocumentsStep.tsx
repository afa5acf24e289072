import { View, Text } from '@tarojs/components'
import { documentLabelFor, requiredDocuments, type DocumentRef, type DocumentKind } from '../../../core/schemas/documents'
import { photographedIdType } from '../../../core/schemas/filing'
import { DocumentSlot } from '../../capture'
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
  if (type === undefined) return <View className='card error-text'>请先在第一步选择主体类型</View>
  const docs = content.documents ?? []
  const idType = photographedIdType(content)
  const kinds = requiredDocuments(type, content.subject?.certificateKind, idType).filter((k) => k !== 'signature')
  // Photos are stored under the filing: the draft must have reached the cloud once.
  const cloudId = w.draft?.cloudId
  return (
    <View>
      <RegistrationFormCard content={content} />
      <View className='card'>
        <View className='card-title'>{T.documentsTitle}</View>
        <View className='muted'>{T.documentsHint}</View>
      </View>
      {kinds.map((kind) => {
        const path = `documents.${kind}`
        return (
          <View key={kind} className='card' data-field={path}>
            {cloudId !== undefined
              ? (
                <DocumentSlot
                  kind={kind}
                  label={documentLabelFor(kind, idType)}
                  filingId={cloudId}
                  value={docs.find((d) => d.kind === kind) as DocumentRef | undefined}
                  flagged={w.draft?.flagged[path]}
                  onChange={(ref) => w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], kind, ref))}
                />
                )
              : <Text className='error-text'>{T.needCloud}</Text>}
            {w.errors[path] ? <Text className='error-text field-error'>{w.errors[path]}</Text> : null}
          </View>
        )
      })}
      {w.errors.documents ? <Text className='error-text field-error'>{w.errors.documents}</Text> : null}
    </View>
  )
}
