import { ReverifyScreen } from '../../../../features/outreach/ReverifyScreen'

/** Route file: the 年度核验 answer (confirm or change, 自查自纠, commitment). */
export default function ReverifyPage () {
  return <ReverifyScreen />
}
