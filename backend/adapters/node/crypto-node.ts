/**
 * node:crypto adapter. One 32-byte master key (FILING_CRYPTO_KEY, base64 or hex) is split
 * with HKDF into separate keys for encryption, hashing and signing, so a leaked signing key
 * (e.g. from a file link) says nothing about ID-number ciphertexts.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import type { Crypto } from '../../ports/system.port'

export function parseMasterKey(text: string): Buffer {
  const t = text.trim()
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64')
  if (key.length !== 32) throw new Error('FILING_CRYPTO_KEY must be 32 bytes (64 hex chars or base64)')
  return key
}

const derive = (master: Buffer, label: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), label, 32))

export function createNodeCrypto(master: Buffer): Crypto {
  const encKey = derive(master, 'filing/enc/v1')
  const hashKey = derive(master, 'filing/hash/v1')
  const signKey = derive(master, 'filing/sign/v1')
  return {
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', encKey, iv)
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.')
    },
    decrypt(sealed) {
      const [v, iv, tag, ct] = sealed.split('.')
      if (v !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown ciphertext format')
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
    },
    hash: (value) => createHmac('sha256', hashKey).update(value, 'utf8').digest('hex'),
    sign: (payload) => createHmac('sha256', signKey).update(payload, 'utf8').digest('base64url')
  }
}
