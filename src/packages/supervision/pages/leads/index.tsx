import { LeadsScreen } from '../../../../features/supervision/LeadsScreen'
/** Route file: the leads list. */
export default function LeadsPage () {
  return <LeadsScreen />
}
