import type { JurisdictionConfig } from '../../core/jurisdiction/schema'
import type { DraftContent } from '../../core/schemas/filing'
import { fieldLabel } from '../../core/schemas/field-labels'
import { detectPlaceNames } from '../../core/place-names'
import { accountDisplayName } from '../../core/filing/accounts'
import { describeContent, type ContentSection, type FieldRow } from '../../core/filing/describe'

export type { FieldRow }
export type Section = ContentSection

/** Every field the applicant filled, in form order, with human values: the field catalogue's (core). */
export function describeFiling (content: DraftContent, config: JurisdictionConfig): Section[] {
  return describeContent(content, config)
}

/** Local place names in each account name (notice condition 2), as hints for the reviewer. */
export function placeHints (content: DraftContent, config: JurisdictionConfig): Array<{ account: string, places: string[] }> {
  return (content.accounts ?? []).map((a) => {
    const account = accountDisplayName(a)
    return { account, places: account ? detectPlaceNames(account, config) : [] }
  }).filter((h) => h.account !== '')
}

/** The document kinds present, as return-reason paths (`documents.<kind>`). */
export function documentPaths (content: DraftContent): FieldRow[] {
  const seen = new Set<string>()
  const rows: FieldRow[] = []
  for (const d of content.documents ?? []) {
    const path = `documents.${d.kind}`
    if (seen.has(path)) continue
    seen.add(path)
    rows.push({ path, label: fieldLabel(path), value: '' })
  }
  return rows
}
