import { useMemo } from 'react'
import { Image } from '@tarojs/components'
import { qrDataUri } from './qr-svg'

/** A QR code of `text`, `size` px square. */
export function QrCode ({ text, size, alt, testId }: { text: string, size: number, alt: string, testId?: string }) {
  const src = useMemo(() => qrDataUri(text), [text])
  return <Image className='qr-code' src={src} mode='aspectFit' style={{ width: `${size}px`, height: `${size}px` }} aria-label={alt} data-testid={testId} />
}
