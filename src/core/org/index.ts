export * from './managers'
export * from './bulk-accounts'
