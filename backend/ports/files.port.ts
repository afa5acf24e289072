/**
 * Document storage. fileIds are opaque (`cloud://env.bucket/path` in CloudBase,
 * `local://path` locally); `pathOf` recovers the cloudPath so ownership can be checked.
 */
export interface FileInfo {
  exists: boolean
  size: number
  contentType: string | null
}

export interface Files {
  pathOf(fileId: string): string | null
  info(fileId: string): Promise<FileInfo>
  /** Short-lived links (seconds), keyed by fileId; files that do not exist are left out. */
  signedUrls(fileIds: string[], maxAgeSeconds: number): Promise<Record<string, string>>
  /** The stored bytes (what the server reads: OCR reads the very photo that was uploaded); null if absent. */
  read(fileId: string): Promise<Buffer | null>
  /** Server-side write (exports). */
  put(cloudPath: string, bytes: Buffer, contentType: string): Promise<{ fileId: string }>
  remove(fileIds: string[]): Promise<void>
}
