import { ActivitiesScreen } from '../../../../features/outreach/ActivitiesScreen'

/** Route file: the operator's 活动与培训. */
export default function ActivitiesPage () {
  return <ActivitiesScreen />
}
