/**
 * How a filing reached the register when the owner did not type it in themselves: staff entry
 * (代录入) of what arrived by e-mail, post or over the counter, or the office's old register
 * imported from a spreadsheet. Such a filing has no owner until someone claims it.
 */
import { z } from 'zod'

/** The channels staff choose on the 代录入 screen (the notice lets 机关 and 企事业单位 deliver directly). */
export const ENTRY_CHANNELS = ['email', 'paper', 'in_person'] as const
export type EntryChannel = (typeof ENTRY_CHANNELS)[number]
export const INTAKE_CHANNELS = [...ENTRY_CHANNELS, 'legacy'] as const
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number]

export const INTAKE_CHANNEL_LABELS: Readonly<Record<IntakeChannel, string>> = {
  email: '电子邮件',
  paper: '纸质材料（邮寄）',
  in_person: '现场递交',
  legacy: '历史台账导入'
}

export const EntryChannelSchema = z.enum(ENTRY_CHANNELS, { errorMap: () => ({ message: '请选择材料来源（电子邮件、纸质材料或现场递交）' }) })

/** Where the filing came from and who holds it: stored on the record beside the versions. */
export interface IntakeInfo {
  channel: IntakeChannel
  /** The staff member who entered or imported it (separation of duties: never its reviewer). */
  enteredBy: string
  enteredAt: string
  /** Local date the materials arrived ('YYYY-MM-DD'), for staff entry. */
  receivedOn?: string | null
  /** The number the old register gave it (kept as the filing number). */
  legacyNumber?: string | null
  /** Local date of the old register's filing, when it was recorded. */
  legacyFiledOn?: string | null
  /** Keyed hash of the imported row group: a re-import of the same rows is recognised. */
  rowHash?: string | null
  claimedBy?: string | null
  claimedAt?: string | null
  /** The current claim code's id (its keyed hash): a new code replaces it, a claim uses it up. */
  claimCodeId?: string | null
}

/** How long a claim code staff hand out stays valid. */
export const INVITE_VALID_DAYS_CLAIM = 30

/** The owner an entered or imported filing has until it is claimed (no openid is ever empty). */
export const UNCLAIMED_OWNER = ''

export function isUnclaimed(f: { ownerOpenid: string; intake?: IntakeInfo | null }): boolean {
  return f.ownerOpenid === UNCLAIMED_OWNER && !!f.intake && !f.intake.claimedBy
}
