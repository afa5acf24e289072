/**
 * What an applicant changed after the office returned a filing: the fields whose shown value
 * differs between the content the reviewer returned and the content resubmitted, and the
 * documents replaced. The reviewer checks these first instead of reading the whole filing again.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { fieldLabel } from '../schemas/field-labels'
import type { DraftContent } from '../schemas/filing'
import { describeContent } from './describe'

export interface FieldChange {
  path: string
  label: string
  /** '' when the field was empty before (added) or is empty now (cleared). */
  before: string
  after: string
}

type Config = Pick<JurisdictionConfig, 'platforms' | 'towns'>

function rows(content: DraftContent, config: Config): Map<string, { label: string, value: string }> {
  const out = new Map<string, { label: string, value: string }>()
  for (const s of describeContent(content, config)) {
    for (const r of s.rows) out.set(r.path, { label: s.key.startsWith('account-') ? `${s.title}· ${r.label}` : r.label, value: r.value })
  }
  return out
}

/** Changed fields in form order, then replaced or added documents ('已重新上传'). */
export function changesSince(before: DraftContent, after: DraftContent, config: Config): FieldChange[] {
  const was = rows(before, config)
  const now = rows(after, config)
  const changes: FieldChange[] = []
  for (const path of new Set([...now.keys(), ...was.keys()])) {
    const a = was.get(path)
    const b = now.get(path)
    if ((a?.value ?? '') === (b?.value ?? '')) continue
    changes.push({ path, label: (b ?? a)!.label, before: a?.value ?? '', after: b?.value ?? '' })
  }
  const files = (c: DraftContent, kind: string) => (c.documents ?? []).filter((d) => d.kind === kind).map((d) => d.fileId).sort().join(',')
  const kinds = new Set([...(before.documents ?? []), ...(after.documents ?? [])].map((d) => d.kind))
  for (const kind of kinds) {
    if (files(before, kind) === files(after, kind)) continue
    changes.push({ path: `documents.${kind}`, label: fieldLabel(`documents.${kind}`, after), before: '', after: files(after, kind) === '' ? '' : '已重新上传' })
  }
  return changes
}
