/**
 * Subject profiles (常用主体, issue 12 §7). The rules (what a profile keeps, what a filing copies,
 * who the subject is) are core's `org/profiles`; here: ownership, sealing and the store. A profile is
 * sealed exactly as a filing's content is (ID numbers encrypted, masked in `content`), answered
 * masked in lists and in full to its owner only (it fills their wizard). Another person's profile
 * answers "not found", so its existence is never confirmed. Its files are the owner's own stored
 * documents (document-check), so a filing copying them passes the same check as a fresh photo.
 */
import {
  applyProfile,
  DOCUMENT_KIND_LABELS,
  FILE_LINK_SECONDS,
  isManager,
  maskIdNumber,
  maskSubjectName,
  MAX_PROFILES,
  NOT_YOUR_PROFILE,
  profileDeleteContract,
  profileDiffers,
  profileFromContent,
  profileGetContract,
  profileSaveContract,
  profilesContract,
  profileSyncContract,
  profileUpdateContract,
  subjectKey,
  type DraftContent,
  type ProfileContent,
  type StaleFiling
} from '../../core'
import { defineAction, SIGNED_IN, type UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord, ProfileRecord } from '../../ports/records'
import { checkDocuments } from '../../services/document-check'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { sealContent, unsealContent } from '../../services/sealing'
import { submitContent } from '../../services/submission'

const keyHashOf = (ctx: UserCtx, key: string) => ctx.rt.crypto.hash(`profile:${key}`)

function sealProfile(ctx: UserCtx, p: ProfileContent): ProfileRecord['sealed'] {
  const { content, secrets } = sealContent(p as DraftContent, ctx.rt.crypto)
  return { content, secrets }
}

const unsealProfile = (ctx: UserCtx, rec: ProfileRecord): ProfileContent => unsealContent(rec.sealed, ctx.rt.crypto) as unknown as ProfileContent

async function loadOwnProfile(ctx: UserCtx, id: string): Promise<ProfileRecord> {
  const rec = await ctx.rt.store.profiles.get(id)
  if (!rec || rec.ownerOpenid !== ctx.caller.openid) throw errors.notFound(NOT_YOUR_PROFILE)
  return rec
}

/** The caller's approved filings of the profile's subject that copying the profile would change. */
async function staleFilings(ctx: UserCtx, profile: ProfileContent): Promise<Array<StaleFiling & { rec: FilingRecord; content: DraftContent }>> {
  const key = subjectKey(profile.subject)
  const mine = await ctx.rt.store.filings.listByOwner(ctx.caller.openid, 100)
  return mine.flatMap((rec) => {
    if (rec.status !== 'approved' || !rec.approved || !isManager(rec, ctx.caller.openid)) return []
    const content = unsealContent(rec.approved, ctx.rt.crypto)
    if (subjectKey(content.subject) !== key || !profileDiffers(content, profile)) return []
    return [{ id: rec.id, version: rec.version, filingNumber: rec.filingNumber, accountNames: [...rec.index.accountNames], rec, content }]
  })
}

/** A profile change and its audit entry, as one unit against the version it replaces (null: a new profile). */
async function writeProfile(ctx: UserCtx, next: ProfileRecord, expected: number | null, action: 'profile-save' | 'profile-update', filingId: string | null): Promise<void> {
  await ctx.rt.store.runUnit(async (tx) => {
    if (expected === null) await tx.profiles.insert(next)
    else if (!(await tx.profiles.replaceIfVersion(next, expected))) throw errors.conflict()
    await tx.audit.insert({ id: ctx.rt.ids.newId(), at: next.updatedAt, actorOpenid: ctx.caller.openid, actorRole: 'applicant', action, filingId, refId: next.id, detail: {} })
  })
}

const staleView = (s: StaleFiling): StaleFiling => ({ id: s.id, version: s.version, filingNumber: s.filingNumber, accountNames: s.accountNames })

export const profiles = defineAction({
  contract: profilesContract,
  allow: SIGNED_IN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const recs = await ctx.rt.store.profiles.listByOwner(ctx.caller.openid, MAX_PROFILES)
    return {
      max: MAX_PROFILES,
      items: recs.map((rec) => {
        // The sealed content already holds masks only: nothing is decrypted for a list.
        const p = rec.sealed.content as unknown as ProfileContent
        const s = p.subject
        return {
          id: rec.id,
          version: rec.version,
          subjectType: s.type,
          name: maskSubjectName(s),
          code: s.type === 'individual' ? maskIdNumber(s.idNumber) : s.uscc || s.orgCode || '',
          documents: p.documents.map((d) => DOCUMENT_KIND_LABELS[d.kind]),
          updatedAt: rec.updatedAt
        }
      })
    }
  }
})

export const profileGet = defineAction({
  contract: profileGetContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnProfile(ctx, input.id)
    const p = unsealProfile(ctx, rec)
    const [documentLinks, stale] = await Promise.all([ctx.rt.files.signedUrls(p.documents.map((d) => d.fileId), FILE_LINK_SECONDS), staleFilings(ctx, p)])
    return { id: rec.id, version: rec.version, subject: { ...p.subject }, documents: p.documents, documentLinks, updatedAt: rec.updatedAt, stale: stale.map(staleView) }
  }
})

export const profileSave = defineAction({
  contract: profileSaveContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const filing = await loadOwnFiling(ctx, input.filingId)
    if (!filing.submittedAt && !filing.approved) throw errors.invalid('请先提交该备案，再保存为常用主体')
    const from = profileFromContent(unsealContent(filing.approved ?? filing.working, ctx.rt.crypto))
    if (!from.ok) throw errors.invalid(from.message)
    const key = subjectKey(from.value.subject)
    if (!key) throw errors.invalid('该备案的主体缺少证件号码或信用代码，无法保存为常用主体')
    const keyHash = keyHashOf(ctx, key)
    const mine = await ctx.rt.store.profiles.listByOwner(ctx.caller.openid, MAX_PROFILES + 1)
    const same = mine.find((p) => p.keyHash === keyHash)
    const at = ctx.now.toISOString()
    // The same subject saved again refreshes the one profile (e.g. after an amendment changed the phone).
    if (same) {
      const next: ProfileRecord = { ...same, version: same.version + 1, sealed: sealProfile(ctx, from.value), updatedAt: at }
      await writeProfile(ctx, next, same.version, 'profile-update', filing.id)
      return { id: next.id, version: next.version, created: false }
    }
    if (mine.length >= MAX_PROFILES) throw errors.invalid(`常用主体最多保存${MAX_PROFILES}个，请先删除不再使用的`)
    const rec: ProfileRecord = { id: ctx.rt.ids.newId(), version: 1, ownerOpenid: ctx.caller.openid, keyHash, sealed: sealProfile(ctx, from.value), sourceFilingId: filing.id, createdAt: at, updatedAt: at }
    await writeProfile(ctx, rec, null, 'profile-save', filing.id)
    return { id: rec.id, version: rec.version, created: true }
  }
})

export const profileUpdate = defineAction({
  contract: profileUpdateContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnProfile(ctx, input.id)
    if (rec.version !== input.version) throw errors.conflict()
    // Only the owner's own stored documents: another person's file or a raw upload is refused.
    await checkDocuments(ctx, { documents: input.content.documents } as DraftContent)
    const key = subjectKey(input.content.subject)
    if (!key) throw errors.invalid('请填写证件号码或信用代码', { 'subject.uscc': '请填写证件号码或信用代码' })
    const next: ProfileRecord = { ...rec, version: rec.version + 1, keyHash: keyHashOf(ctx, key), sealed: sealProfile(ctx, input.content), updatedAt: ctx.now.toISOString() }
    await writeProfile(ctx, next, rec.version, 'profile-update', null)
    return { id: next.id, version: next.version, stale: (await staleFilings(ctx, input.content)).map(staleView) }
  }
})

export const profileDelete = defineAction({
  contract: profileDeleteContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnProfile(ctx, input.id)
    // Filings copied the profile: deleting it changes none of them, and their files stay with them.
    await ctx.rt.store.runUnit(async (tx) => {
      if (!(await tx.profiles.deleteIfVersion(rec.id, input.version))) throw errors.conflict()
      await tx.audit.insert({ id: ctx.rt.ids.newId(), at: ctx.now.toISOString(), actorOpenid: ctx.caller.openid, actorRole: 'applicant', action: 'profile-delete', filingId: null, refId: rec.id, detail: {} })
    })
    return { id: rec.id }
  }
})

export const profileSync = defineAction({
  contract: profileSyncContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnProfile(ctx, input.id)
    if (rec.version !== input.version) throw errors.conflict()
    const p = unsealProfile(ctx, rec)
    const stale = await staleFilings(ctx, p)
    const chosen = [...new Set(input.filingIds)].map((id) => {
      const s = stale.find((f) => f.id === id)
      if (!s) throw errors.invalid('所选备案不是该主体已通过的备案，或已与常用主体一致，请刷新后重试')
      return s
    })
    // One amendment each, through the same path as 变更备案: validated, reviewed, the approved version valid meanwhile.
    const items = []
    for (const s of chosen) {
      items.push(await submitContent(ctx, 'amend', { id: s.id, version: s.version, requestId: input.requestId, subscribed: [], content: applyProfile(s.content, p) }))
    }
    return { items }
  }
})
