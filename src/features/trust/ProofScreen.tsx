import { useEffect, useState } from 'react'
import { useShareAppMessage } from '@tarojs/taro'
import { View, Button as NativeButton } from '@tarojs/components'
import { CERTIFICATE_FAILURE_MESSAGES } from '../../core/trust'
import { paths } from '../../core/routes'
import { ApiError } from '../../services/api'
import { Screen } from '../ui'
import { CertificateCard, CertificateInvalid, CertificateResult } from './CertificateCard'
import { loadCertificate, verifyCertificate, type Certificate, type CertificateCheck } from './api'
import { TT } from './texts'
import './trust.scss'

export type ProofQuery = { id: string } | { code: string } | { legacy: true }

type State =
  | { at: 'loading' }
  | { at: 'owner', cert: Certificate }
  | { at: 'checked', check: CertificateCheck }
  | { at: 'error', message: string }

/**
 * 备案证明. Everything shown comes from the register: the owner's certificate (by filing id), or
 * the check of a shared code (the link carries only the signed code). A link with anything else
 * — such as the old `?n=…&a=…&s=…` — shows 无法核验 and none of what it claims.
 */
export function ProofScreen ({ query }: { query: ProofQuery }) {
  const [state, setState] = useState<State>({ at: 'loading' })

  useEffect(() => {
    let live = true
    const done = (s: State) => { if (live) setState(s) }
    const fail = (e: unknown) => done({ at: 'error', message: e instanceof ApiError ? e.message : TT.certLoadFailed })
    if ('legacy' in query) done({ at: 'checked', check: { valid: false, reason: 'malformed', message: CERTIFICATE_FAILURE_MESSAGES.malformed } })
    else if ('id' in query) loadCertificate(query.id).then((cert) => done({ at: 'owner', cert }), fail)
    else verifyCertificate(query.code).then((check) => done({ at: 'checked', check }), fail)
    return () => { live = false }
  }, ['id' in query ? query.id : 'code' in query ? query.code : 'legacy'])

  useShareAppMessage(() => {
    if (state.at !== 'owner') return { title: TT.certTitle, path: paths.home() }
    return { title: TT.certShareTitle(state.cert.certificate.filingNumber), path: paths.proof({ code: state.cert.code }) }
  })

  return (
    <Screen className='proof-page'>
      {state.at === 'loading' ? <View className='muted'>{'id' in query ? TT.certLoadingOwn : TT.certLoading}</View> : null}
      {state.at === 'error' ? <CertificateInvalid message={state.message} /> : null}
      {state.at === 'checked' ? <CertificateResult check={state.check} /> : null}
      {state.at === 'owner' ? <CertificateCard certificate={state.cert.certificate} qrText={state.cert.qrText} code={state.cert.code} verified={false} /> : null}
      {state.at === 'owner' && process.env.TARO_ENV === 'weapp' ? <NativeButton className='btn-primary share-btn' openType='share'>{TT.certShare}</NativeButton> : null}
    </Screen>
  )
}
