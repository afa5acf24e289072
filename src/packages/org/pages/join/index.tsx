import { JoinScreen } from '../../../../features/org/JoinScreen'

/** Route file. */
export default function JoinPage () {
  return <JoinScreen />
}
