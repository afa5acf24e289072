import { Notices } from '../../../../features/public/Notices'

/** Route file: the public 公示 list. */
export default function NoticesPage () {
  return <Notices />
}
