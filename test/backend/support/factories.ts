/** Data factories: valid by default, override only what a test cares about. */
import type { DraftContent } from '../../../backend/core'
import { ownerFolder } from '../../../backend/services/documents'
import type { LocalRuntime } from '../../../backend/runtime/local'

export const ID_OWNER = '440783199001011230'
export const ID_OTHER = '440783198512314562'
/** What an invited staff member gives at redemption (their own ID number and mobile). */
export const STAFF_IDENTITY = { idNumber: '440783198803150027', mobile: '13600136000' }

/** Smallest bytes that pass the JPEG magic check. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])

let seq = 0
export async function uploadDoc(rt: LocalRuntime, openid: string, kind: string, bytes: Buffer = JPEG): Promise<string> {
  const path = `${ownerFolder(rt.crypto, openid)}/draft/${kind}-${++seq}.jpg`
  return (await rt.localFiles.put(path, bytes, 'image/jpeg', openid)).fileId
}

type DraftAccount = NonNullable<DraftContent['accounts']>[number]

export function selfMedia(over: Partial<DraftAccount> = {}): DraftAccount {
  return {
    kind: 'self_media',
    id: `acc-${++seq}`,
    platform: 'douyin',
    accountName: '开平美食探店',
    accountId: `kp_food_${seq}`,
    followers: 12000,
    openedOn: '2024-02-01',
    category: '美食',
    ...over
  }
}

export function individualDraft(over: Partial<DraftContent> = {}): DraftContent {
  return {
    subject: {
      type: 'individual',
      name: '张小明',
      idNumber: ID_OWNER,
      phone: '13800138000',
      address: '开平市三埠街道港口路1号',
      town: '440783001'
    },
    operator: { sameAsSubject: true },
    accounts: [selfMedia()],
    ...over
  }
}

/** A complete individual filing, with its three documents uploaded by `openid`. */
export async function completeIndividual(rt: LocalRuntime, openid: string, over: Partial<DraftContent> = {}): Promise<DraftContent> {
  const documents = await Promise.all(
    (['id_front', 'id_back', 'signature'] as const).map(async (kind) => ({
      kind,
      fileId: await uploadDoc(rt, openid, kind),
      source: kind === 'signature' ? ('drawn' as const) : ('camera' as const)
    }))
  )
  return {
    ...individualDraft(),
    documents,
    commitment: { accepted: true, acceptedAt: '2024-03-04T01:59:00.000Z', textVersion: 'v1' },
    ...over
  }
}
