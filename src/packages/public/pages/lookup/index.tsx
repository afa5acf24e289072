import { Lookup } from '../../../../features/public/Lookup'

export default function LookupPage () {
  return <Lookup />
}
