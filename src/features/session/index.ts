/** Public face of the session feature: who the caller is and whether they are staff. */
export { forgetRole, isStaff, knownSession, loadSession, staffBeforeAnswer, useSession, type WhoAmI } from './session'
