export * from './managers'
