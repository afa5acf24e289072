/**
 * The one place backend code imports the domain from: a re-export of src/core, so a rule is
 * never redefined here.
 */
export * from '../src/core'
