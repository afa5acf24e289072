/**
 * A free-text reason going in (撤回原因, 注销原因). Apart from ./shared: the text-field validators it
 * needs would otherwise reach the main package through every contract a tab page calls.
 */
import { multilineText } from '../schemas/text-fields'

export const Reason = (label: string) => multilineText(label, 500)
