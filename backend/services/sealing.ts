/**
 * ID numbers at rest: replaced in the stored content by their mask, with the ciphertext kept
 * beside it (`secrets`) and a keyed hash for duplicate and recusal checks. Which paths hold ID
 * numbers is the field catalogue's (core SENSITIVE_PATHS).
 */
import { deriveIndex, maskIdNumber, normalizeResidentId, SENSITIVE_PATHS, withBasisVerdict, type DraftContent, type JurisdictionConfig, type NewVersion, type SensitivePath } from '../core'
import type { JsonObject, SealedContent } from '../ports/records'
import type { Crypto } from '../ports/system.port'


function getAt(obj: JsonObject, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj)
}

function setAt(obj: JsonObject, path: string, value: string): void {
  const keys = path.split('.')
  let o: Record<string, unknown> = obj
  for (const k of keys.slice(0, -1)) {
    const next = o[k]
    if (!next || typeof next !== 'object') return
    o = next as Record<string, unknown>
  }
  o[keys[keys.length - 1]] = value
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/** The keyed hash an ID number is compared by (filings and staff alike). */
export function idHash(crypto: Crypto, idNumber: string): string {
  return crypto.hash(`id:${normalizeResidentId(idNumber)}`)
}

export function sealContent(content: DraftContent, crypto: Crypto): SealedContent & { idHashes: string[] } {
  const copy = clone(content) as unknown as JsonObject
  const secrets: Record<string, string> = {}
  const idHashes: string[] = []
  for (const path of SENSITIVE_PATHS) {
    const v = getAt(copy, path)
    if (typeof v !== 'string' || v === '') continue
    secrets[path] = crypto.encrypt(v)
    idHashes.push(idHash(crypto, v))
    setAt(copy, path, maskIdNumber(v))
  }
  return { content: copy, secrets, idHashes }
}

/** A new version for the aggregate: sealed content plus its index (derived by core). */
export function sealVersion(raw: DraftContent, crypto: Crypto, config: JurisdictionConfig): NewVersion {
  // The basis' verdict and reasons are the rule's answer to the stored answers, never the client's.
  const content = withBasisVerdict(raw, config)
  const sealed = sealContent(content, crypto)
  return { snapshot: { content: sealed.content, secrets: sealed.secrets }, index: deriveIndex(content, sealed.idHashes, config) }
}

/** The content with real ID numbers, for the owner (editing) or a staff reveal. */
export function unsealContent(sealed: SealedContent, crypto: Crypto, only?: SensitivePath): DraftContent {
  const copy = clone(sealed.content)
  for (const [path, cipher] of Object.entries(sealed.secrets)) {
    if (only && path !== only) continue
    setAt(copy, path, crypto.decrypt(cipher))
  }
  return copy as unknown as DraftContent
}

export function revealSecret(sealed: SealedContent, crypto: Crypto, path: SensitivePath): string | null {
  const cipher = sealed.secrets[path]
  return cipher ? crypto.decrypt(cipher) : null
}
