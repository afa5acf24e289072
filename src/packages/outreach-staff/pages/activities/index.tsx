import { EventsScreen } from '../../../../features/outreach/EventsScreen'

/** Route file: the staff's list of events. */
export default function EventsPage () {
  return <EventsScreen />
}
