import { EventEditorScreen } from '../../../../features/outreach/EventEditorScreen'

/** Route file: a new event and its audience. */
export default function EventEditorPage () {
  return <EventEditorScreen />
}
