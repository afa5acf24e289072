/**
 * The lifecycle aggregate as a pure function: for each command, the next record, the event,
 * the message owed, the credits and the claims — with no store, no clock and no crypto.
 */
import fc from 'fast-check'
import {
  deriveIndex,
  kaipingConfig,
  newDraft,
  normalizeIdentifier,
  planFiling,
  publicItems,
  reminderDue,
  unsafeCharacter,
  validateFilingContent,
  type Effects,
  type FilingActor,
  type FilingCommand,
  type FilingContent,
  type FilingState,
  type JsonObject,
  type LifecycleEnv,
  type NewVersion,
  type SubscribeSettings
} from '@/core'
import { douyin, filing, NOW } from './support/factories'

const SUBSCRIBE: SubscribeSettings = {
  longTerm: false,
  templates: {
    reviewResult: { id: 'R', keys: { accountName: 'thing1', result: 'phrase2', time: 'time3', remark: 'thing4', filingNumber: 'character_string5' } },
    correctionNeeded: { id: 'F', keys: { accountName: 'thing1', fields: 'thing2', deadline: 'date3' } }
  }
}
const env = (over: Partial<LifecycleEnv> = {}): LifecycleEnv => ({ now: NOW, config: kaipingConfig, subscribe: SUBSCRIBE, credits: {}, ...over })
const OWNER: FilingActor = { kind: 'applicant', openid: 'o-owner' }
const REVIEWER: FilingActor = { kind: 'reviewer', openid: 'o-reviewer' }

/** A version as the backend would seal it (no ID numbers in these factories' accounts). */
function version(content: FilingContent, idHashes: string[] = []): NewVersion {
  return { snapshot: { content: content as unknown as JsonObject, secrets: {} }, index: deriveIndex(content, idHashes, kaipingConfig) }
}

function run(state: FilingState, command: FilingCommand, actor: FilingActor, e: LifecycleEnv = env(), seq = 7): Effects {
  const plan = planFiling(state, command, actor, e)
  if (!plan.ok) throw new Error(`refused: ${plan.code} ${plan.message}`)
  return plan.complete(plan.numberRequest ? seq : null)
}

const next = (fx: Effects): FilingState => {
  if (!fx.next) throw new Error('record removed')
  return fx.next
}

function draft(content: FilingContent = filing()): FilingState {
  return newDraft('f1', 'o-owner', version(content), NOW, kaipingConfig)
}

const submit = (s: FilingState, content = filing(), subscribed: string[] = ['R', 'F']) =>
  next(run(s, { type: 'submit', ...version(content), subscribed }, OWNER))

const approve = (s: FilingState, e = env({ credits: { R: 1 } })) => run(s, { type: 'approve' }, REVIEWER, e)

describe('submit', () => {
  it('when the owner submits, then the record is under review with its due date, credits are granted, the accounts are held, and nothing is sent', () => {
    const fx = run(draft(), { type: 'submit', ...version(filing()), subscribed: ['R', 'F', 'forged'] }, OWNER)
    expect(next(fx)).toMatchObject({ status: 'submitted', version: 2, submittedAt: NOW.toISOString(), reviewDueDate: expect.any(String), claimKeys: ['self_media:douyin:kp_food'], publicKeys: [] })
    expect(fx.credits).toEqual({ grant: ['R', 'F'], spend: null })
    expect(fx.message).toBeNull()
    expect(fx.claims).toEqual({ hold: ['self_media:douyin:kp_food'], release: [] })
  })

  it('when someone else submits the owner\'s draft, then it is refused as forbidden', () => {
    expect(planFiling(draft(), { type: 'submit', ...version(filing()), subscribed: [] }, { kind: 'applicant', openid: 'o-other' }, env())).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

describe('approve', () => {
  it('when a first submission is approved, then core asks for a number, formats it, keeps the approved version and spends the review-result credit', () => {
    const s = submit(draft())
    const plan = planFiling(s, { type: 'approve' }, REVIEWER, env({ credits: { R: 1 } }))
    expect(plan).toMatchObject({ ok: true, numberRequest: { counter: 'filing-number-2024' } })
    const fx = approve(s)
    const n = next(fx)
    expect(n).toMatchObject({ status: 'approved', filingNumber: '开网备2024000007', decidedAt: NOW.toISOString(), reviewDueDate: null })
    expect(n.approved?.content).toEqual(s.working.content)
    expect(n.publicKeys).toEqual(expect.arrayContaining(['name:douyin:开平美食', 'self_media:douyin:kp_food']))
    expect(n.searchText).toContain('开网备2024000007')
    expect(fx.event).toMatchObject({ action: 'approve', filingNumber: '开网备2024000007' })
    expect(fx.message).toMatchObject({ templateId: 'R', data: { phrase2: { value: '已通过' } } })
    expect(fx.credits.spend).toBe('R')
  })

  it('when the owner has no credit, then the approval stands and the effect says no-consent', () => {
    const fx = approve(submit(draft()), env())
    expect(fx).toMatchObject({ message: null, unsent: 'no-consent', credits: { spend: null } })
  })

  it('when the reviewer owns the filing, then it is refused as a recusal (no number taken)', () => {
    const s = submit(draft())
    expect(planFiling(s, { type: 'approve' }, { kind: 'reviewer', openid: 'o-owner' }, env())).toMatchObject({ ok: false, code: 'recused', recusal: 'owner' })
  })

  it('when the reviewer\'s ID hash or mobile is in the filing, then it is refused as a recusal', () => {
    const s = next(run(draft(), { type: 'submit', ...version(filing(), ['hash-of-subject']), subscribed: [] }, OWNER))
    expect(planFiling(s, { type: 'approve' }, { kind: 'reviewer', openid: 'o-r', idHash: 'hash-of-subject' }, env())).toMatchObject({ ok: false, recusal: 'id' })
    expect(planFiling(s, { type: 'approve' }, { kind: 'reviewer', openid: 'o-r', mobile: '+86 138-1234-5678' }, env())).toMatchObject({ ok: false, recusal: 'phone' })
    expect(planFiling(s, { type: 'approve' }, { kind: 'reviewer', openid: 'o-r', idHash: 'other', mobile: '13900000000' }, env())).toMatchObject({ ok: true })
  })
})

describe('amendments', () => {
  const renamed = () => filing({ accounts: [douyin({ accountId: 'kp_food_new', accountName: '开平美食新号' })] })
  const approvedState = () => next(approve(submit(draft())))
  const amended = () => next(run(approvedState(), { type: 'amend', ...version(renamed()), subscribed: [] }, OWNER))

  it('when an approved filing is amended under a new account id, then it holds both the approved and the new account, and the public still finds only the approved one', () => {
    const a = amended()
    expect(a.status).toBe('amending')
    expect(a.claimKeys.sort()).toEqual(['self_media:douyin:kp_food', 'self_media:douyin:kp_food_new'])
    expect(publicItems(a, kaipingConfig)).toEqual([expect.objectContaining({ status: 'approved', accountName: '开平美食', filingNumber: '开网备2024000007' })])
    expect(a.publicKeys).not.toContain('name:douyin:开平美食新号')
  })

  it('when the amendment is returned, then both accounts stay held and the fix-by date is set', () => {
    const r = next(run(amended(), { type: 'return', reasons: [{ field: 'accounts.0.accountName', reason: '名称不一致' }] }, REVIEWER))
    expect(r).toMatchObject({ status: 'returned', fixBy: expect.stringMatching(/^2024-04-/) })
    expect(r.claimKeys).toHaveLength(2)
    expect(publicItems(r, kaipingConfig)).toHaveLength(1)
  })

  it('when the amendment is withdrawn, then the approved content comes back and the new account is released', () => {
    const a = approvedState()
    const fx = run(next(run(a, { type: 'amend', ...version(renamed()), subscribed: [] }, OWNER)), { type: 'withdraw' }, OWNER)
    expect(next(fx)).toMatchObject({ status: 'approved', working: a.working, claimKeys: ['self_media:douyin:kp_food'] })
    expect(fx.claims.release).toEqual(['self_media:douyin:kp_food_new'])
  })

  it('when the amendment is approved, then the old account is released and the new one is public', () => {
    const fx = approve(amended(), env())
    expect(fx.claims.release).toEqual(['self_media:douyin:kp_food'])
    expect(next(fx).publicKeys).toContain('name:douyin:开平美食新号')
    expect(next(fx).filingNumber).toBe('开网备2024000007')
  })

  it('when the amendment is rejected, then the approved version stands and the message says so', () => {
    const fx = run(amended(), { type: 'reject', reason: '变更理由不充分' }, REVIEWER, env({ credits: { R: 1 } }))
    expect(next(fx)).toMatchObject({ status: 'approved', rejectReason: '变更理由不充分' })
    expect(fx.message?.data.phrase2.value).toBe('变更未通过')
  })
})

describe('end of life', () => {
  it('when the owner cancels, then every account is released and no message is sent; the office\'s cancellation is told', () => {
    const a = next(approve(submit(draft())))
    const own = run(a, { type: 'cancel' }, OWNER, env({ credits: { R: 1 } }))
    expect(own).toMatchObject({ message: null, claims: { hold: [], release: ['self_media:douyin:kp_food'] } })
    expect(publicItems(next(own), kaipingConfig)).toEqual([expect.objectContaining({ status: 'cancelled', statusLabel: '已注销' })])
    const office = run(a, { type: 'office-cancel', reason: '账号已停止运营' }, { kind: 'admin', openid: 'o-admin' }, env({ credits: { R: 1 } }))
    expect(office.message?.data.thing4.value).toContain('账号已停止运营')
    expect(planFiling(a, { type: 'office-cancel', reason: '账号已停止运营' }, REVIEWER, env())).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('when a draft is deleted, then the record is removed', () => {
    expect(run(draft(), { type: 'delete' }, OWNER).next).toBeNull()
    expect(run(draft(), { type: 'delete' }, { kind: 'system', openid: null }).next).toBeNull()
  })
})

describe('reminders', () => {
  const returnedState = () => next(run(submit(draft()), { type: 'return', reasons: [{ field: 'subject.phone', reason: '电话无法接通' }] }, REVIEWER))

  it('when the fix-by date is near, then the system reminds once and records it; earlier or twice it is not due', () => {
    const r = returnedState()
    expect(reminderDue(r, NOW, kaipingConfig)).toBe(false)
    const near = new Date(Date.parse(`${r.fixBy}T02:00:00Z`) - 2 * 86_400_000)
    expect(reminderDue(r, near, kaipingConfig)).toBe(true)
    const fx = run(r, { type: 'remind' }, { kind: 'system', openid: null }, env({ now: near, credits: { F: 1 } }))
    expect(next(fx).reminders).toEqual([`fixBy:${r.fixBy}`])
    expect(fx.message).toMatchObject({ kind: 'fixByReminder', templateId: 'F' })
    expect(planFiling(next(fx), { type: 'remind' }, { kind: 'system', openid: null }, env({ now: near }))).toMatchObject({ ok: false, code: 'not_due' })
    expect(planFiling(r, { type: 'remind' }, OWNER, env({ now: near }))).toMatchObject({ ok: false, code: 'forbidden' })
  })
})

describe('identifier normalisation', () => {
  it.each([
    ['zero-width space', 'kp\u200bfood'],
    ['right-to-left mark', 'kp\u200ffood'],
    ['word joiner', 'kp\u2060food'],
    ['BOM', '\ufeffkpfood'],
    ['full-width letters', 'ｋｐｆｏｏｄ'],
    ['upper case and spaces', '  KPFOOD  '],
    ['a Hangul filler', 'kp\u3164food']
  ])('when an account id is written with %s, then it normalises to the same key', (_label, id) => {
    expect(normalizeIdentifier(id)).toBe('kpfood')
  })

  it('property: normalising twice changes nothing, and no invisible character survives', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString({ maxLength: 40 }), (s) => {
        const n = normalizeIdentifier(s)
        expect(normalizeIdentifier(n)).toBe(n)
        expect(unsafeCharacter(n)).toBeNull()
      }),
      { numRuns: 500 }
    )
  })
})

describe('visible text', () => {
  it.each([
    ['NUL', 'a\u0000b', 'control'],
    ['BEL', 'a\u0007b', 'control'],
    ['a newline', 'a\nb', 'newline'],
    ['a bidi override', 'a\u202eb', 'format'],
    ['a zero-width space', 'a\u200bb', 'format'],
    ['a private-use character', 'a\ue000b', 'private'],
    ['a lone surrogate', 'a\ud800b', 'surrogate'],
    ['a Hangul filler', 'a\u3164b', 'blank'],
    ['a braille blank', '\u2800', 'blank'],
    ['a lone variation selector', '\ufe0f', 'blank']
  ])('when text contains %s, then it is refused as %s', (_label, s, kind) => {
    expect(unsafeCharacter(s)).toBe(kind)
  })

  it.each([['emoji with a variation selector', '开平❤️美食'], ['an emoji family (ZWJ between emoji)', '👨‍👩‍👧 开平'], ['Chinese, Latin and digits', '开平 Kaiping 2024']])('when text is %s, then it is accepted', (_label, s) => {
    expect(unsafeCharacter(s)).toBeNull()
  })

  it('when a filing\'s address or account name hides characters, then validation names the field in Chinese', () => {
    const r = validateFilingContent(filing({ accounts: [douyin({ accountName: '开平\u202e美食' })] }), kaipingConfig, NOW)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.fieldErrors['accounts.0.accountName']).toMatch(/^账号名称含有看不见的格式字符/)
  })
})
