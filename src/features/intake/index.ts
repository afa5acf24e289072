/**
 * What other features use of staff intake: the staff entry call and texts (the wizard's entry
 * mode, features/wizard/EntryScreen). The screens are reached through their pages.
 */
import './intake.scss'

export { enterFiling } from './api'
export { IT } from './texts'
