/**
 * The content paths that hold ID numbers: stored encrypted and masked, revealed to staff only
 * one at a time (audited). Only these paths hold ID numbers in the content schema.
 */
export const SENSITIVE_PATHS = ['subject.idNumber', 'operator.idNumber'] as const
export type SensitivePath = (typeof SENSITIVE_PATHS)[number]
