import { useRouter } from '@tarojs/taro'
import { ProofScreen } from '../../../../features/filings/Proof'

export default function ProofPage () {
  const { params } = useRouter()
  const dec = (v?: string) => (v === undefined ? '' : decodeURIComponent(v))
  const shared = params.n ? { number: dec(params.n), names: dec(params.a), subject: dec(params.s), date: dec(params.d) } : undefined
  return <ProofScreen id={params.id} shared={shared} />
}
