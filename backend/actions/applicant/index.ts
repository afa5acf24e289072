/** Routes of the `applicant` function. */
import type { Routes } from '../../entry/action'
import { getFiling } from './get-filing.handler'
import { listMine } from './list-mine.handler'
import { saveDraft } from './save-draft.handler'
import { whoami } from './whoami.handler'

export const applicantRoutes: Routes = {
  whoami,
  'save-draft': saveDraft,
  'list-mine': listMine,
  'get-filing': getFiling
}
