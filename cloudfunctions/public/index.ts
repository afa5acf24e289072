/** Public function: look up a filing, report an account. No personal data in any answer. */
import { publicRoutes } from '../../backend/actions/public'
import { makeMain } from '../../backend/entry/make-main'

export const main = makeMain(publicRoutes)
