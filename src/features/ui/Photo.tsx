import { Image } from '@tarojs/components'

export interface PhotoProps {
  src: string
  /** What the picture shows, read out in place of it (every image on every screen has one). */
  alt: string
  className?: string
  mode?: 'aspectFit' | 'aspectFill' | 'widthFix' | 'scaleToFill'
  testId?: string
  onTap?: () => void
}

/** An image with its description: aria-label on weapp, alt on the h5 preview's <img>. */
export function Photo ({ src, alt, className, mode = 'aspectFit', testId, onTap }: PhotoProps) {
  return (
    <Image
      className={className}
      src={src}
      mode={mode}
      data-testid={testId}
      ariaLabel={alt}
      nativeProps={process.env.TARO_ENV === 'h5' ? { alt } : undefined}
      onClick={onTap}
    />
  )
}
