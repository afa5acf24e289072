/** What other features use of the public side: the platforms a person can pick, in its wording. */
export { platformOptions } from './forms'
export { publicTexts } from './texts'
