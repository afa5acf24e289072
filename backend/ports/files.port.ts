/**
 * Storage. fileIds are opaque (`cloud://env.bucket/path` in CloudBase, `local://path` locally);
 * `pathOf` recovers the cloudPath so ownership can be checked.
 *
 * Layout (backend/services/storage-paths.ts): clients write only `uploads/<owner-hash>/…`
 * (temporary, deleted at ingest or by the purge); the server writes documents
 * (`documents/<owner-hash>/<sha256>.jpg`, content-addressed, write-once) and exports.
 */
export interface FileInfo {
  exists: boolean
  size: number
  contentType: string | null
}

export interface LinkOptions {
  /** The link works once: the file is deleted after it is served (local adapter; the cloud confirms delivery instead). */
  once?: boolean
}

export interface Files {
  pathOf(fileId: string): string | null
  /** The fileId a file at `cloudPath` has (or will have once written). */
  idOf(cloudPath: string): Promise<string>
  info(fileId: string): Promise<FileInfo>
  /** The file's bytes, or null when it does not exist. */
  read(fileId: string): Promise<Buffer | null>
  /** Short-lived links (seconds), keyed by fileId; files that do not exist are left out. */
  signedUrls(fileIds: string[], maxAgeSeconds: number, opts?: LinkOptions): Promise<Record<string, string>>
  /**
   * Server-side write, write-once: an existing file is never replaced by different bytes (the
   * local adapter refuses; in the cloud every server path is content-addressed or unique and
   * clients cannot write there, see the storage rule in backend/README.md).
   */
  put(cloudPath: string, bytes: Buffer, contentType: string): Promise<{ fileId: string }>
  remove(fileIds: string[]): Promise<void>
}
