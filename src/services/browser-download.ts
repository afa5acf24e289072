/** h5 only: saves a URL as a file through a temporary <a download> (the browser shows its own prompt). */
export function browserDownload (href: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
}
