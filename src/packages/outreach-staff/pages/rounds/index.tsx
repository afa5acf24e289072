import { RoundsScreen } from '../../../../features/outreach/RoundsScreen'

/** Route file: 年度核验 rounds. */
export default function RoundsPage () {
  return <RoundsScreen />
}
