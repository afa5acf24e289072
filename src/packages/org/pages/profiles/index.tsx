import { ProfilesScreen } from '../../../../features/org/ProfilesScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?save=<filing id> saves that filing's subject first. */
export default function ProfilesPage () {
  return <ProfilesScreen save={pageQuery().save} />
}
