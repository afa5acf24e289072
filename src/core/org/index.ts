export * from './managers'
export * from './bulk-accounts'
export * from './agency'
export * from './profiles'
