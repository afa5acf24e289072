import { ImportScreen } from '../../../../features/intake/ImportScreen'

/** Route file: /packages/admin/pages/import/index (admins; the action refuses others). */
export default function ImportPage () {
  return <ImportScreen />
}
