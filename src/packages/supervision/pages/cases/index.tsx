import { CasesScreen } from '../../../../features/supervision/CasesScreen'
/** Route file: the case files. */
export default function CasesPage () {
  return <CasesScreen />
}
