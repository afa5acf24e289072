import { LeadNewScreen } from '../../../../features/supervision/LeadNewScreen'
/** Route file: a sweep's account or an imported list. */
export default function LeadNewPage () {
  return <LeadNewScreen />
}
