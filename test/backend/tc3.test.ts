/**
 * TC3-HMAC-SHA256 against the worked example of Tencent Cloud's "签名方法 v3" documentation
 * (CVM DescribeInstances, SecretId AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE, timestamp 1551113065),
 * step by step, then the client against a local stand-in of the API that checks signatures.
 */
import { createHash } from 'node:crypto'
import { createTc3Client, signTc3, TencentApiError } from '../../backend/adapters/tencent/tc3'
import { startTencentStandIn } from './support/tencent-stand-in'

const EXAMPLE = {
  cred: { secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE', secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE' },
  req: {
    service: 'cvm',
    host: 'cvm.tencentcloudapi.com',
    action: 'DescribeInstances',
    version: '2017-03-12',
    region: 'ap-guangzhou',
    // The documented body, byte for byte (with its \u escapes).
    payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
    timestamp: 1551113065
  }
}

describe('TC3-HMAC-SHA256 signing', () => {
  const signed = signTc3(EXAMPLE.cred, EXAMPLE.req)

  it('when the documented example is signed, then the hashed payload and canonical request match the documentation', () => {
    expect(createHash('sha256').update(EXAMPLE.req.payload).digest('hex')).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064')
    expect(signed.canonicalRequest).toBe(['POST', '/', '', 'content-type:application/json; charset=utf-8', 'host:cvm.tencentcloudapi.com', '', 'content-type;host', '35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064'].join('\n'))
  })

  it('when the documented example is signed, then the string to sign uses the UTC date (2019-02-25, not the local 26th)', () => {
    expect(signed.stringToSign).toBe(['TC3-HMAC-SHA256', '1551113065', '2019-02-25/cvm/tc3_request', '5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031'].join('\n'))
  })

  it('when the documented example is signed, then signature and Authorization header are the documented ones', () => {
    expect(signed.signature).toBe('72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168')
    expect(signed.authorization).toBe('TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168')
    expect(signed.headers).toMatchObject({ 'X-TC-Action': 'DescribeInstances', 'X-TC-Timestamp': '1551113065', 'X-TC-Version': '2017-03-12', 'X-TC-Region': 'ap-guangzhou', Host: 'cvm.tencentcloudapi.com' })
  })

  it('when one byte of the body changes, then the signature changes', () => {
    expect(signTc3(EXAMPLE.cred, { ...EXAMPLE.req, payload: EXAMPLE.req.payload.replace('1', '2') }).signature).not.toBe(signed.signature)
  })
})

describe('TC3 client (against a local stand-in of the API; Tencent Cloud itself is not reachable here)', () => {
  const cred = { secretId: 'AKIDtest', secretKey: 'secret-test' }
  let standIn: Awaited<ReturnType<typeof startTencentStandIn>>
  beforeAll(async () => {
    standIn = await startTencentStandIn({ cred, hosts: ['ocr.tencentcloudapi.com'], handle: async (action, body) => (action === 'Echo' ? { Echo: body } : { Error: { Code: 'InvalidAction', Message: 'no such action' } }) })
  })
  afterAll(() => standIn.close())

  const client = (secretKey = cred.secretKey) => createTc3Client({ cred: () => ({ ...cred, secretKey }), service: 'ocr', host: 'ocr.tencentcloudapi.com', version: '2018-11-19', region: 'ap-guangzhou', endpoint: standIn.url })

  it('when a call is signed with the right key, then the service answers and the result comes back', async () => {
    await expect(client().call('Echo', { A: 1 })).resolves.toMatchObject({ Echo: { A: 1 } })
  })

  it('when the key is wrong, then the service refuses the signature and the error names its code, not retryable', async () => {
    await expect(client('wrong').call('Echo', {})).rejects.toMatchObject({ code: 'AuthFailure.SignatureFailure', retryable: false })
  })

  it('when the service is throttled, then the error is retryable', async () => {
    const err = new TencentApiError('RequestLimitExceeded', 'x', true)
    expect(err.retryable).toBe(true)
    await expect(client().call('Nope', {})).rejects.toBeInstanceOf(TencentApiError)
  })
})
