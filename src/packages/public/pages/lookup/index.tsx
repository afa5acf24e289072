import { Lookup } from '../../../../features/public/Lookup'
import { VerifyEntry } from '../../../../features/trust/lookup'

/** 备案查询, and below it the check of a 备案证明 (its code or link). */
export default function LookupPage () {
  return <Lookup footer={<VerifyEntry />} />
}
