/** Small outside-world ports, injected so tests are deterministic. */
export interface Clock {
  now(): Date
}

export interface Ids {
  /** A new document id (url-safe, unguessable). */
  newId(): string
  /** A short human-typable one-time code (invites). */
  newCode(): string
}

export interface Crypto {
  /** AES-256-GCM; output is self-describing text (iv + tag + ciphertext). */
  encrypt(plain: string): string
  decrypt(sealed: string): string
  /** Keyed hash (HMAC-SHA256, hex) for equality checks without storing the value. */
  hash(value: string): string
  /** HMAC signature (base64url) for signed local file tokens. */
  sign(payload: string): string
}

/** Who is calling, as told by the platform (never by the event). */
export interface CallerIdentity {
  openid: string | null
  /** A platform timer invocation (system function), not a person. */
  timer: boolean
}

export interface Identity {
  resolve(event: unknown, context: unknown): CallerIdentity
}
