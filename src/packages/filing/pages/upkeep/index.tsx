import { UpkeepScreen } from '../../../../features/upkeep/UpkeepScreen'

/** Route file: /packages/filing/pages/upkeep/index. */
export default function UpkeepPage () {
  return <UpkeepScreen />
}
