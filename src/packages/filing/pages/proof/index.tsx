import { useRouter } from '@tarojs/taro'
import { ProofScreen, type ProofQuery } from '../../../../features/filings/Proof'

/** Route: ?id=<filing id> (the owner) or ?c=<certificate code> (a shared or scanned certificate). */
export default function ProofPage () {
  const { params } = useRouter()
  const dec = (v: string) => { try { return decodeURIComponent(v) } catch { return v } }
  const query: ProofQuery = params.id ? { id: params.id } : params.c ? { code: dec(params.c) } : { legacy: true }
  return <ProofScreen query={query} />
}
