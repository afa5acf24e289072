/** Agency (委托代理): the agent's fields in the wizard, the principal's code, the principal's confirmation. */
export { PrincipalCodeCard } from './PrincipalCodeCard'
export { AT as AGENCY_TEXTS } from './texts'
