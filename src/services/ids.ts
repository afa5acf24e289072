/**
 * Client-generated identifiers: account ids inside a draft and idempotency keys for submit.
 * Uniqueness per user is what matters (the server scopes keys by caller), so a time prefix plus
 * random characters is enough; WeChat has no synchronous crypto RNG.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export function newId (prefix = ''): string {
  let out = Date.now().toString(36)
  for (let i = 0; i < 16; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]
  return `${prefix}${out}`
}
