import type { WhoAmI } from '../session'

/**
 * The mini-program has no demo identities (identity comes only from WeChat's context), so this
 * build shows nothing; the local mode's switch is DemoIdentitySwitch.h5.tsx. Kept apart so its
 * code and schema stay out of the weapp main package.
 */
export function DemoIdentitySwitch (_props: { session: WhoAmI | null }) {
  return null
}
