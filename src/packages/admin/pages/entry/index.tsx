import { EntryScreen } from '../../../../features/intake/EntryScreen'

/** Route file: /packages/admin/pages/entry/index (staff; the action refuses others). */
export default function EntryPage () {
  return <EntryScreen />
}
