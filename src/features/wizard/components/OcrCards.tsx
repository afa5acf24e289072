/**
 * Step 1's photo autofill: the ID card (both sides) of the subject (individuals) or of the
 * operator (companies), and the business licence. The photos become the filing's documents;
 * what the server reads fills the form once the applicant confirms.
 */
import { View } from '@tarojs/components'
import type { DocumentKind, DocumentRef } from '../../../core/schemas/documents'
import { OcrAutofill, TRUST_TEXTS, type OcrTarget } from '../../trust'
import type { Wizard } from '../useWizard'
import { getAt, type DraftDocument } from '../model'
import { withDocument } from './DocumentsStep'

function useOcrWiring (w: Wizard) {
  const docs = (w.draft?.content.documents ?? []) as DraftDocument[]
  return {
    ensureFilingId: async () => (await w.flush())?.cloudId,
    current: (path: string) => {
      const v = getAt(w.draft?.content ?? {}, path)
      return typeof v === 'string' ? v : undefined
    },
    has: (kind: DocumentKind) => docs.some((d) => d.kind === kind),
    onDocument: (kind: DocumentKind) => (ref: DocumentRef) => w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], kind, ref)),
    onApply: (values: Record<string, string>) => {
      for (const [path, value] of Object.entries(values)) { w.update(path, value); w.touch(path) }
    }
  }
}

/** Both sides of an ID card; `who` is whose card it is (whose fields it fills). */
export function IdCardOcr ({ w, who }: { w: Wizard, who: 'subject' | 'operator' }) {
  const o = useOcrWiring(w)
  const front: OcrTarget[] = [
    { field: 'name', path: `${who}.name`, label: '姓名' },
    { field: 'idNumber', path: `${who}.idNumber`, label: '身份证号码' },
    ...(who === 'subject' ? [{ field: 'address', path: 'subject.address', label: '住址（填入通讯地址，可修改）' }] : [])
  ]
  const back: OcrTarget[] = [{ field: 'validUntil', path: `${who}.idValidUntil`, label: '有效期至' }]
  return (
    <View className='ocr' data-testid={`ocr-card-${who}`}>
      <View className='ocr__title'>{TRUST_TEXTS.ocrTitle}</View>
      <View className='muted'>{TRUST_TEXTS.ocrHint}</View>
      <View className='ocr__actions'>
        <OcrAutofill kind='id_front' label='身份证人像面' targets={front} done={o.has('id_front')} ensureFilingId={o.ensureFilingId} current={o.current} onDocument={o.onDocument('id_front')} onApply={o.onApply} />
        <OcrAutofill kind='id_back' label='身份证国徽面' targets={back} done={o.has('id_back')} ensureFilingId={o.ensureFilingId} current={o.current} onDocument={o.onDocument('id_back')} onApply={o.onApply} />
      </View>
    </View>
  )
}

export function LicenceOcr ({ w }: { w: Wizard }) {
  const o = useOcrWiring(w)
  const targets: OcrTarget[] = [
    { field: 'name', path: 'subject.name', label: '单位名称' },
    { field: 'uscc', path: 'subject.uscc', label: '统一社会信用代码' },
    { field: 'legalRepresentative', path: 'subject.legalRepresentative', label: '法定代表人' },
    { field: 'address', path: 'subject.address', label: '住所（填入通讯地址，可修改）' }
  ]
  return (
    <View className='ocr' data-testid='ocr-card-licence'>
      <View className='ocr__title'>{TRUST_TEXTS.ocrTitle}</View>
      <View className='muted'>{TRUST_TEXTS.ocrHint}</View>
      <View className='ocr__actions'>
        <OcrAutofill kind='license' label='营业执照' targets={targets} done={o.has('license')} ensureFilingId={o.ensureFilingId} current={o.current} onDocument={o.onDocument('license')} onApply={o.onApply} />
      </View>
    </View>
  )
}
