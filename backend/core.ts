/**
 * The one place backend code imports the domain from: a re-export of src/core and of its action
 * contracts, so neither a rule nor a schema is ever redefined here.
 */
export * from '../src/core'
export * from '../src/core/contracts'
