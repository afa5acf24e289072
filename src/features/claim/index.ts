/** Claiming a filing entered by staff or imported from the old register (the page imports the screen itself). */
export { C as claimTexts } from './texts'
