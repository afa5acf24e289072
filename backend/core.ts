/**
 * The one place backend code imports the domain from: a re-export of src/core and of its action
 * contracts, so neither a rule nor a schema is ever redefined here.
 */
export * from '../src/core'
export * from '../src/core/contracts'
// Image rules (limits, JPEG budget, watermark layout) live in src/core/image, which the
// mini-program imports by that path so its main package does not carry them.
export * from '../src/core/image'
