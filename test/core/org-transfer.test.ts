import {
  cancelTransfer,
  canStartTransfer,
  FILING_AUDIT_LABELS,
  isManager,
  managersOf,
  openTransferOf,
  startTransfer,
  transferTo,
  type FilingState
} from '../../src/core'

const NOW = new Date('2024-03-04T02:00:00.000Z')
const LATER = new Date('2024-03-05T02:00:00.000Z')
const OWNER = 'o-owner'
const COLLEAGUE = 'o-colleague'
const NEWCO = 'o-newco'
const code = { inviteId: 'inv-1', toName: '开平新运营有限公司', expiresAt: '2024-03-11T02:00:00.000Z' }

const filed = (over: Partial<FilingState> = {}) =>
  ({
    id: 'f1',
    ownerOpenid: OWNER,
    managers: [{ openid: OWNER, name: '', addedAt: '2024-03-01T00:00:00.000Z', addedBy: OWNER }, { openid: COLLEAGUE, name: '李小红', addedAt: '2024-03-02T00:00:00.000Z', addedBy: OWNER }],
    status: 'approved',
    approved: { content: {}, secrets: {}, approvedAt: '2024-03-03T00:00:00.000Z', index: {} },
    filingNumber: '粤开平网备2024000001号',
    createdAt: '2024-03-01T00:00:00.000Z',
    updatedAt: '2024-03-03T00:00:00.000Z',
    version: 5,
    working: { content: {}, secrets: {} },
    ...over
  }) as FilingState

function started(f: FilingState = filed()): FilingState {
  const r = startTransfer(f, OWNER, code, NOW)
  if (!r.ok) throw new Error(r.message)
  return r.next
}

const message = (r: { ok: boolean; message?: string }) => (r.ok ? 'ok' : r.message)

describe('transfer of a filing (转让)', () => {
  test('when the owner starts a transfer of a filed filing, then it records the open code, and starting again replaces it', () => {
    expect(canStartTransfer(filed(), OWNER)).toEqual({ ok: true })
    const first = startTransfer(filed(), OWNER, code, NOW)
    if (!first.ok) throw new Error(first.message)
    expect(first.next.transfer).toEqual({ ...code, startedAt: NOW.toISOString(), by: OWNER })
    expect(first.next.version).toBe(6)
    expect(first.revoked).toBeNull()
    const again = startTransfer(first.next, OWNER, { ...code, inviteId: 'inv-2' }, LATER)
    if (!again.ok) throw new Error(again.message)
    expect(again.revoked).toBe('inv-1')
    expect(again.next.transfer?.inviteId).toBe('inv-2')
  })

  test('when someone other than the owner starts one, then it is refused: a co-manager, a stranger', () => {
    expect(canStartTransfer(filed(), COLLEAGUE)).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringContaining('只有备案的所有人') })
    expect(canStartTransfer(filed(), NEWCO)).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringContaining('不是该备案的管理人') })
  })

  test('when the filing is not filed and standing with nothing in progress, then no transfer starts', () => {
    expect(message(canStartTransfer(filed({ status: 'draft', approved: null, filingNumber: null }), OWNER))).toContain('尚未通过审核')
    expect(message(canStartTransfer(filed({ status: 'submitted', approved: null, filingNumber: null }), OWNER))).toContain('尚未通过审核')
    expect(message(canStartTransfer(filed({ status: 'cancelled' }), OWNER))).toContain('已注销')
    expect(message(canStartTransfer(filed({ status: 'amending' }), OWNER))).toContain('变更正在办理')
    expect(message(canStartTransfer(filed({ status: 'returned' }), OWNER))).toContain('变更正在办理')
    expect(message(canStartTransfer(filed({ filingNumber: null }), OWNER))).toContain('尚未通过审核')
    expect(message(canStartTransfer(filed(), OWNER, true))).toContain('未结的监管案件')
    expect(message(startTransfer(filed({ status: 'amending' }), OWNER, code, NOW))).toContain('变更正在办理')
  })

  test('when the receiver accepts, then they are the owner and only manager, the open code ends, and the old managers are out', () => {
    const r = transferTo(started(), 'inv-1', NEWCO, LATER)
    if (!r.ok) throw new Error(r.message)
    expect(r.next.ownerOpenid).toBe(NEWCO)
    expect(managersOf(r.next)).toEqual([{ openid: NEWCO, name: code.toName, addedAt: LATER.toISOString(), addedBy: OWNER }])
    expect(isManager(r.next, OWNER)).toBe(false)
    expect(isManager(r.next, COLLEAGUE)).toBe(false)
    expect(r.next.transfer).toBeNull()
    expect(r.next.version).toBe(7)
    expect(r.next.status).toBe('approved')
    expect(r.next.filingNumber).toBe('粤开平网备2024000001号')
  })

  test('when a co-manager accepts, then they become the owner and the others are out', () => {
    const r = transferTo(started(), 'inv-1', COLLEAGUE, LATER)
    if (!r.ok) throw new Error(r.message)
    expect(managersOf(r.next).map((m) => m.openid)).toEqual([COLLEAGUE])
  })

  test('when the code is not the open one, the owner changed, the taker is the owner, or the filing changed since, then accepting is refused', () => {
    expect(message(transferTo(filed(), 'inv-1', NEWCO, LATER))).toContain('已被撤销')
    expect(message(transferTo(started(), 'inv-old', NEWCO, LATER))).toContain('已被撤销')
    expect(message(transferTo(started(), 'inv-1', OWNER, LATER))).toContain('不能接收自己转让的备案')
    expect(message(transferTo({ ...started(), ownerOpenid: COLLEAGUE }, 'inv-1', NEWCO, LATER))).toContain('所有人已变更')
    expect(message(transferTo({ ...started(), status: 'cancelled' }, 'inv-1', NEWCO, LATER))).toContain('已注销')
    expect(message(transferTo({ ...started(), status: 'amending' }, 'inv-1', NEWCO, LATER))).toContain('变更正在办理')
    expect(message(transferTo(started(), 'inv-1', NEWCO, LATER, true))).toContain('未结的监管案件')
  })

  test('when the owner cancels, then the open code is revoked; with none open, or by someone else, it is refused', () => {
    const r = cancelTransfer(started(), OWNER, LATER)
    if (!r.ok) throw new Error(r.message)
    expect(r.revoked).toBe('inv-1')
    expect(r.next.transfer).toBeNull()
    expect(message(cancelTransfer(filed(), OWNER, LATER))).toContain('没有进行中的转让')
    expect(message(cancelTransfer(started(), COLLEAGUE, LATER))).toContain('只有备案的所有人')
  })

  test('when the open code has expired, then the owner sees none open', () => {
    expect(openTransferOf(started(), LATER)?.toName).toBe(code.toName)
    expect(openTransferOf(started(), new Date('2024-03-12T00:00:00.000Z'))).toBeNull()
  })

  test('when staff read the history, then the transfer entries have labels', () => {
    expect(FILING_AUDIT_LABELS.transfer).toBe('转让给新的运营主体')
    expect(FILING_AUDIT_LABELS['transfer-start']).toBe('发起转让')
  })
})
