import { RoundScreen } from '../../../../features/outreach/RoundScreen'

/** Route file: one 年度核验 round (progress, non-responders). */
export default function RoundPage () {
  return <RoundScreen />
}
