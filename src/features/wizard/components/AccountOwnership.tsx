/** Step 2: ownership proof of each self-media account (code in the bio, or a dashboard screenshot). */
import { useEffect, useRef, useState } from 'react'
import { AccountSchema, accountKey } from '../../../core/schemas/account'
import type { DocumentRef } from '../../../core/schemas/documents'
import { OwnershipProof, ownershipCodes } from '../../trust'
import type { Wizard } from '../useWizard'
import type { DraftAccount, DraftDocument } from '../model'

/** The account's key once it is complete enough to identify (null until then). */
export function selfMediaKey (a: DraftAccount): string | null {
  const r = AccountSchema.safeParse(a)
  return r.success && r.data.kind === 'self_media' ? accountKey(r.data) : null
}

type Codes = Record<string, { code: string, phrase: string }>

/** Codes of the accounts on screen, fetched once per key (they are stable per filing and account). */
export function useOwnershipCodes (filingId: string | undefined, keys: Array<string | null>): Codes {
  const [codes, setCodes] = useState<Codes>({})
  const asked = useRef(new Set<string>())
  const wanted = keys.filter((k): k is string => k !== null && !asked.current.has(k))
  const signature = wanted.join('\n')
  useEffect(() => {
    if (filingId === undefined || wanted.length === 0) return
    // Keys change while a name is typed: ask once typing pauses.
    const t = setTimeout(() => {
      for (const k of wanted) asked.current.add(k)
      ownershipCodes(filingId, wanted).then(
        (items) => setCodes((c) => ({ ...c, ...Object.fromEntries(items.map((i) => [i.key, { code: i.code, phrase: i.phrase }])) })),
        () => { for (const k of wanted) asked.current.delete(k) }
      )
    }, 600)
    return () => clearTimeout(t)
  }, [filingId, signature])
  return codes
}

export function AccountOwnership ({ w, index, account, codes }: { w: Wizard, index: number, account: DraftAccount, codes: Codes }) {
  const key = selfMediaKey(account)
  const docs = (w.draft?.content.documents ?? []) as DraftDocument[]
  const shot = key === null ? undefined : docs.find((d) => d.kind === 'account_proof' && d.accountKey === key)
  const known = key === null ? undefined : codes[key]
  function setShot (ref: DocumentRef | undefined) {
    if (key === null) return
    w.modify('documents', (cur) => {
      const rest = (Array.isArray(cur) ? (cur as DraftDocument[]) : []).filter((d) => !(d.kind === 'account_proof' && d.accountKey === key))
      return ref === undefined ? rest : [...rest, { ...ref, accountKey: key }]
    })
  }
  if (key === null) return null
  return <OwnershipProof index={index} code={known?.code ?? null} phrase={known?.phrase ?? null} filingId={w.draft?.cloudId} screenshot={shot as DocumentRef | undefined} onScreenshot={setShot} />
}
