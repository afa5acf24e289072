import { z } from 'zod'
import { readStored, writeStored } from '../../services/storage'

/** Bump when the consent text changes materially: everyone is asked again. */
const KEY = 'capture-consent-v1'
const StoredConsent = z.object({ agreedAt: z.string() })

export function hasCaptureConsent(): boolean {
  return readStored(KEY, StoredConsent) !== undefined
}

export function recordCaptureConsent(now: Date): void {
  writeStored(KEY, { agreedAt: now.toISOString() })
}
