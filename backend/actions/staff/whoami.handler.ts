/** whoami on the staff function: the applicant function's handler under the staff contract. */
import { staffWhoamiContract } from '../../core'
import { defineAction } from '../../entry/action'
import { whoami } from '../applicant/whoami.handler'

export const staffWhoami = defineAction({ contract: staffWhoamiContract, allow: whoami.allow, handler: whoami.handler })
