import type { DocumentKind } from '../../core/schemas/documents'
import { uploadLocationContract, type UploadLocationOutput } from '../../core/contracts/applicant/upload-location'
import { call } from '../../services/api'

export type UploadLocation = UploadLocationOutput

export function uploadLocation(input: { filingId?: string, kind: DocumentKind, ext: 'jpg' | 'png' }): Promise<UploadLocation> {
  const body = input.filingId ? input : { kind: input.kind, ext: input.ext }
  return call(uploadLocationContract, body)
}
