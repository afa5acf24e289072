/** Public face of the session feature: who the caller is and whether they are staff. */
export { isStaff, knownSession, loadSession, useSession, type WhoAmI } from './session'
