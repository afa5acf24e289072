/**
 * Field checks of the lookup and report forms, run as a field is left and on submit, so the
 * message appears beside the field before anything is sent. The filing-number format comes
 * from core (the jurisdiction's template); the limits mirror the `public` action contracts,
 * whose own field messages are shown too if the backend still refuses.
 */
import { completeFilingNumber } from '../../core/filing-number'
import type { JurisdictionConfig } from '../../core/jurisdiction/schema'
import { ACCOUNT_NAME_MAX, DETAILS_MAX, REPORT_REASONS, type PublicTexts, type ReportReason } from './texts'

export type Errors = Record<string, string>

/** Platforms a person can pick: websites, apps and the config's self-media platforms ('其他' last). */
export function platformOptions (cfg: JurisdictionConfig, t: PublicTexts): Array<{ value: string, label: string }> {
  const media = cfg.platforms.filter((p) => p.code !== 'other').map((p) => ({ value: p.code, label: p.name }))
  return [{ value: 'website', label: t.website }, { value: 'app', label: t.app }, ...media, { value: 'other', label: t.other }]
}

/** The number as the backend stores it (digits alone are completed with the format's words) or an error message. */
export function checkFilingNumber (raw: string, cfg: JurisdictionConfig, t: PublicTexts): { value: string } | { error: string } {
  if (raw.replace(/\s+/g, '') === '') return { error: t.lookup.numberEmpty }
  const value = completeFilingNumber(raw, cfg)
  return value === null ? { error: t.lookup.numberInvalid } : { value }
}

function checkName (raw: string, empty: string, long: string): string | undefined {
  const name = raw.trim()
  if (name === '') return empty
  if (name.length > ACCOUNT_NAME_MAX) return long
  return undefined
}

export function lookupAccountErrors (platform: string | undefined, accountName: string, t: PublicTexts): Errors {
  const e: Errors = {}
  if (platform === undefined) e.platform = t.lookup.platformEmpty
  const name = checkName(accountName, t.lookup.accountNameEmpty, t.lookup.accountNameLong)
  if (name !== undefined) e.accountName = name
  return e
}

export interface ReportDraft { platform?: string, accountName: string, reason?: ReportReason, details: string }

export function reportErrors (d: ReportDraft, t: PublicTexts): Errors {
  const e: Errors = {}
  if (d.platform === undefined) e.platform = t.report.platformEmpty
  const name = checkName(d.accountName, t.report.accountNameEmpty, t.report.accountNameLong)
  if (name !== undefined) e.accountName = name
  if (d.reason === undefined || !REPORT_REASONS.some((r) => r.value === d.reason)) e.reason = t.report.reasonEmpty
  if (d.details.trim().length > DETAILS_MAX) e.details = t.report.detailsLong
  return e
}

/** Only the named fields of `all`: a field left shows its own message, not the others' yet. */
export function pick (all: Errors, keys: string[]): Errors {
  const out: Errors = {}
  for (const k of keys) if (all[k] !== undefined) out[k] = all[k]
  return out
}
