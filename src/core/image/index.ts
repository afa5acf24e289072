/** Pixel math for document photos: quality check, framing and crop, size and JPEG quality, watermark layout. */
export * from './pixels'
export * from './quality'
export * from './geometry'
export * from './jpeg'
export * from './watermark'
export * from './limits'
