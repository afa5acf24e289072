/**
 * The CloudBase collections and their indexes, declared once. `npm run deploy` creates them
 * (idempotently), `npm run doctor` checks them, the CloudBase store takes its collection names
 * from here and backend/README.md lists them.
 *
 * Adding a collection is one line: `c('claims', 'ownerOpenid+createdAt:desc', 'status')`.
 * Each further argument is one index: fields joined by `+`, each ascending unless `:desc`;
 * a leading `!` makes the index unique. Every collection is server-only (clients never touch
 * the database), so there is no per-collection rule to choose.
 */

export interface IndexKey {
  field: string
  direction: 1 | -1
}

export interface IndexSpec {
  /** Derived from the keys (`status_1_sortAt_1_id_1`), so a changed index gets a new name. */
  name: string
  keys: IndexKey[]
  unique: boolean
}

export interface CollectionSpec<N extends string = string> {
  name: N
  indexes: IndexSpec[]
}

function index(spec: string): IndexSpec {
  const unique = spec.startsWith('!')
  const keys = (unique ? spec.slice(1) : spec).split('+').map((part): IndexKey => {
    const [field, dir] = part.split(':')
    return { field, direction: dir === 'desc' ? -1 : 1 }
  })
  const name = keys.map((k) => `${k.field.replace(/\./g, '_')}_${k.direction === 1 ? '1' : 'desc'}`).join('_')
  return { name: unique ? `${name}_unique` : name, keys, unique }
}

function c<N extends string>(name: N, ...indexes: string[]): CollectionSpec<N> {
  return { name, indexes: indexes.map(index) }
}

export const CLOUD_COLLECTIONS = [
  c('filings',
    'ownerOpenid+updatedAt:desc',
    // Co-managers' list of their filings.
    'managers.openid+updatedAt:desc',
    'status+sortAt+id',
    'index.platforms+sortAt',
    'index.town+sortAt',
    'index.subjectType+sortAt',
    'status+reviewDueDate',
    'status+updatedAt',
    'index.accountKeys',
    // Staff search: an array of keys (core searchKeysOf), one index entry per element.
    'searchKeys',
    // Not unique: drafts hold no number and a unique index treats a missing field as null.
    'filingNumber',
    // The public lookup by name (the approved version's keys) and the fix-by reminders.
    'publicKeys',
    'status+fixBy',
    // The dashboard: filings late against the filing deadline, by first submission.
    'filedLate+firstSubmittedAt'),
  c('audit', 'filingId+at', 'action+at:desc',
    // A report's, lead's or case's own trail.
    'refId+at'),
  c('outbox', 'status+nextAttemptAt', 'filingId+createdAt'),
  c('counters'),
  c('staff'),
  c('invites'),
  c('idempotency'),
  // receiptNumber not unique for the reason filingNumber is not (reports made before receipts
  // existed have none); the counter hands out each number once.
  c('reports', 'reporterOpenid+at', 'at:desc', 'receiptNumber', 'status+at', 'leadId+status'),
  c('leads', 'status+updatedAt:desc', 'accountKey+status', 'town+status', 'platform+status'),
  c('cases',
    'stage+updatedAt:desc',
    'operatorOpenid+updatedAt:desc',
    'subject.filingId',
    'subject.leadId',
    'publicActive+publicNotice.publishedAt:desc',
    'reminderOn'),
  c('tracked_files', 'expiresAt', 'ownerOpenid+kind+createdAt', 'fileId+createdAt'),
  // One account held by one live filing, consent credits per (user, template), per-caller rate
  // counters: read and written by _id inside units; rate counters are swept by expiry.
  c('claims'),
  c('credits'),
  c('rate_limits', 'expiresAt'),
  // Trust (OCR readings and checks, phone codes, per-user send counts): documents by id only.
  c('verifications'),
  c('phone_codes'),
  c('user_sends'),
  // Outreach (issue 11): events, each operator's place in one (listed per operator and per event,
  // found by the check-in QR's code), and the 建议备案 self-checks that asked to be told.
  c('activities', 'startsAt:desc'),
  c('participations', 'openid+startsAt:desc', 'activityId+invitedAt+id', '!checkinCode'),
  c('outreach_contacts', 'optedIn+id'),
  // Re-verification rounds and each filing's entry (paged per round and status, listed per operator).
  c('reverify_rounds', 'openedAt:desc'),
  c('reverify_entries', 'roundId+status+id', 'roundId+id', 'openid+updatedAt:desc'),
  // Upkeep of a filing (id = filing id): the directory consent and an open change, each paged by id.
  c('filing_upkeep', 'listed+id', 'changeOpen+id'),
  // Subject profiles (常用主体), listed per owner.
  c('subject_profiles', 'ownerOpenid+updatedAt:desc')
] as const

export type CollectionName = (typeof CLOUD_COLLECTIONS)[number]['name']

export const COLLECTIONS: readonly CollectionName[] = CLOUD_COLLECTIONS.map((col) => col.name)

/** Database permission for every collection: only the server (functions, console) reads or writes. */
export const DATABASE_ACL = 'ADMINONLY' as const
