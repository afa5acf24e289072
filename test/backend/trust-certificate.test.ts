/**
 * 备案证明: issued from the register to the owner, verified by anyone; forged, altered,
 * replayed (after an amendment or a cancellation), unknown and malformed codes all fail, and a
 * failure never carries details from the code.
 */
import { certificateSerial, formatCertificateCode, parseCertificateCode } from '../../backend/core'
import { main as publicFn } from '../../cloudfunctions/public/index'
import { makeEnv, type TestEnv } from './support/env'
import { applicant, approved, requestId, staff } from './support/flows'

let env: TestEnv
beforeEach(async () => { env = await makeEnv() })
afterEach(() => env.dispose())

type Cert = { code: string; qrText: string; certificate: { filingNumber: string; subjectName: string; accounts: Array<{ name: string; platformName: string }>; approvedOn: string; officeName: string; statusLabel: string } }
type Check = { valid: boolean; reason?: string; message?: string; certificate?: Cert['certificate'] }
const verify = (code: string) => env.ok<Check>(publicFn, 'verify-certificate', { code }, 'anonymous')

async function issued() {
  const a = await approved(env)
  const cert = await env.ok<Cert>(applicant, 'certificate', { id: a.id }, 'owner')
  return { a, cert }
}

describe('verifiable certificate', () => {
  it('when the owner asks for the certificate, then it comes from the register, with a code that verifies', async () => {
    const { a, cert } = await issued()
    expect(cert.certificate).toEqual({ filingNumber: a.filingNumber, statusLabel: '已通过', subjectName: '张**', accounts: [{ kind: 'self_media', platformName: '抖音', name: '开平美食探店' }], approvedOn: '2024-03-04', officeName: '开平市互联网信息办公室' })
    expect(parseCertificateCode(cert.code)?.filingNumber).toBe(a.filingNumber)
    expect(cert.qrText).toBe(cert.code)
    expect(await verify(cert.code)).toEqual({ valid: true, code: cert.code, certificate: cert.certificate })
    // Anyone who scans: a link carrying the code works too.
    expect((await verify(`https://verify.example/c?c=${encodeURIComponent(cert.code)}`)).valid).toBe(true)
  })

  it('when the office configured a verification page, then the QR code holds a link to it', async () => {
    env.dispose()
    env = await makeEnv({ certificateVerifyUrl: 'https://kaiping.example/verify' })
    const { cert } = await issued()
    expect(cert.qrText).toBe(`https://kaiping.example/verify?c=${encodeURIComponent(cert.code)}`)
    expect((await verify(cert.qrText)).valid).toBe(true)
  })

  it('when a code is forged (a made-up signature), then it cannot be verified and shows no details', async () => {
    const { cert } = await issued()
    const c = parseCertificateCode(cert.code)!
    const forged = formatCertificateCode({ ...c, signature: 'A'.repeat(22) })
    const out = await verify(forged)
    expect(out).toEqual({ valid: false, reason: 'forged', message: '证明码与备案登记不符，可能被伪造或篡改' })
  })

  it('when a genuine code is altered (another filing number, another serial), then it fails as forged', async () => {
    const { a, cert } = await issued()
    const c = parseCertificateCode(cert.code)!
    const other = a.filingNumber!.replace(/\d$/, (d) => String((Number(d) + 1) % 10))
    expect(await verify(formatCertificateCode({ ...c, filingNumber: other }))).toMatchObject({ valid: false, reason: 'forged' })
    expect(await verify(formatCertificateCode({ ...c, serial: certificateSerial('2030-01-01T00:00:00.000Z') }))).toMatchObject({ valid: false, reason: 'forged' })
  })

  it('when an old certificate is replayed after the filing was amended and approved again, then it is superseded; the new one verifies', async () => {
    const { a, cert } = await issued()
    const filing = await env.ok<{ content: Record<string, unknown> }>(applicant, 'get-filing', { id: a.id }, 'owner')
    env.clock.advanceDays(3)
    const amended = await env.ok<{ id: string; version: number }>(applicant, 'amend', { id: a.id, version: a.version, requestId: requestId(), content: { ...filing.content, subject: { ...(filing.content.subject as object), phone: '13900139000' } } }, 'owner')
    // While the amendment is under review the approved version stays valid.
    expect((await verify(cert.code)).valid).toBe(true)
    await env.ok(staff, 'decide', { id: amended.id, version: amended.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(await verify(cert.code)).toMatchObject({ valid: false, reason: 'superseded', message: expect.stringContaining('已失效') })
    const fresh = await env.ok<Cert>(applicant, 'certificate', { id: a.id }, 'owner')
    expect(fresh.code).not.toBe(cert.code)
    expect((await verify(fresh.code)).valid).toBe(true)
  })

  it('when the filing is cancelled, then its certificate no longer verifies and the owner gets none', async () => {
    const { a, cert } = await issued()
    await env.ok(applicant, 'cancel', { id: a.id, version: a.version, reason: '账号已停止运营' }, 'owner')
    expect(await verify(cert.code)).toMatchObject({ valid: false, reason: 'cancelled', message: '该备案已注销，证明不再有效' })
    expect(await env.call(applicant, 'certificate', { id: a.id }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
  })

  it('when the code is malformed or the old query link is used, then it fails without echoing anything', async () => {
    for (const text of ['/packages/filing/pages/proof/index?n=开网备2024000999&a=假账号&s=假公司', '<script>alert(1)</script>', 'x']) {
      const out = await verify(text)
      expect(out).toEqual({ valid: false, reason: 'malformed', message: expect.any(String) })
      expect(JSON.stringify(out)).not.toMatch(/假|script|开网备2024000999/)
    }
    expect(await env.call(publicFn, 'verify-certificate', { code: 'x'.repeat(601) }, 'anonymous')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('when someone asks for another person\'s certificate, then it is refused', async () => {
    const { a } = await issued()
    expect(await env.call(applicant, 'certificate', { id: a.id }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('when a filing is not yet approved, then there is no certificate', async () => {
    const d = await env.ok<{ id: string }>(applicant, 'save-draft', { content: {} }, 'owner')
    expect(await env.call(applicant, 'certificate', { id: d.id }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '该备案尚未通过审核或已注销，暂无备案证明' } })
  })
})
