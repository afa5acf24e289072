import { SelfCheck } from '../../../../features/selfcheck/SelfCheck'

export default function SelfCheckPage () {
  return <SelfCheck />
}
