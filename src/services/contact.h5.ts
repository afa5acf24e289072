/** h5: the browser's own tel: and mailto: handlers (the phone app, the mail app). */
export function dial (phone: string): void {
  window.location.href = `tel:${phone.replace(/[^\d+]/g, '')}`
}

export function writeEmail (address: string, _copied: string): void {
  window.location.href = `mailto:${address}`
}
