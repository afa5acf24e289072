import { EntryScreen } from '../../../../features/wizard/EntryScreen'

/** Route file: /packages/admin/pages/entry/index (staff; the action refuses others). */
export default function EntryPage () {
  return <EntryScreen />
}
