/** Data factories: valid by default, override only what a test cares about. */
import type { DraftContent } from '../../../backend/core'
import jpeg from 'jpeg-js'
import type { LocalRuntime } from '../../../backend/runtime/local'
import { main as applicantMain } from '../../../cloudfunctions/applicant/index'

export const ID_OWNER = '440783199001011230'
export const ID_OTHER = '440783198512314562'
/** What an invited staff member gives at redemption (their own ID number and mobile). */
export const STAFF_IDENTITY = { idNumber: '440783198803150027', mobile: '13600136000' }

/** A real photo-sized JPEG (a light card with a darker frame): small, but a real image. */
export function photoJpeg(width = 160, height = 100, shade = 0): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const edge = x < 4 || y < 4 || x >= width - 4 || y >= height - 4
      const i = (y * width + x) * 4
      data[i] = edge ? 120 : 222 - shade
      data[i + 1] = edge ? 130 : 235 - shade
      data[i + 2] = edge ? 140 : 247
      data[i + 3] = 255
    }
  }
  return jpeg.encode({ width, height, data }, 90).data
}

export const JPEG = photoJpeg()

let seq = 0

/** Reserves an upload location and uploads `bytes` there, as the client does; returns the upload's fileId. */
export async function rawUpload(rt: LocalRuntime, openid: string, kind: string, bytes: Buffer = JPEG, ext: 'jpg' | 'png' = 'jpg'): Promise<string> {
  const loc = (await applicantMain({ action: 'upload-location', input: { kind, ext } }, { local: { openid } })) as { ok: boolean; data: { cloudPath: string }; error?: unknown }
  if (!loc.ok) throw new Error(`upload-location failed: ${JSON.stringify(loc.error)}`)
  return (await rt.localFiles.put(loc.data.cloudPath, bytes, ext === 'png' ? 'image/png' : 'image/jpeg', openid)).fileId
}

/** Upload + ingest through the real actions: the fileId of the stored document. */
export async function uploadDoc(rt: LocalRuntime, openid: string, kind: string, bytes: Buffer = photoJpeg(160 + (++seq % 500), 100)): Promise<string> {
  const upload = await rawUpload(rt, openid, kind, bytes)
  const res = (await applicantMain({ action: 'ingest-document', input: { fileId: upload } }, { local: { openid } })) as { ok: boolean; data: { fileId: string }; error?: unknown }
  if (!res.ok) throw new Error(`ingest-document failed: ${JSON.stringify(res.error)}`)
  return res.data.fileId
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
  const documents = over.documents ?? await Promise.all(
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
