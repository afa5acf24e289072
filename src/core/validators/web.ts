/**
 * Websites: domain names, http(s) URLs and ICP filing numbers. No `URL` class: the WeChat
 * JS runtime does not reliably provide it, and these checks must run in the mini-program.
 */
import { type Check, OK, fail } from '../result'
import { ICP_PROVINCE_ABBREVIATIONS } from './region-codes'

// A label: letters (incl. CJK for internationalised names like 开平.中国), digits, inner hyphens.
// No look-behind: older iOS WeChat runtimes reject it at parse time, breaking the whole bundle.
const LABEL = /^[A-Za-z0-9\u4e00-\u9fff](?:[A-Za-z0-9\u4e00-\u9fff-]{0,61}[A-Za-z0-9\u4e00-\u9fff])?$/
const TLD = /^(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59}|[\u4e00-\u9fff]{1,10})$/

export function validateDomain(raw: string): Check {
  const s = raw.trim().replace(/\.$/, '').toLowerCase()
  if (s.length === 0) return fail('请填写域名')
  if (/^https?:\/\//.test(s) || s.includes('/')) return fail('域名只填主机名（如 www.example.com），不要带 http:// 或路径')
  if (s.length > 253) return fail('域名过长，请核对')
  const labels = s.split('.')
  if (labels.length < 2) return fail('域名应包含后缀，如 example.com、example.cn')
  const tld = labels[labels.length - 1]
  if (!labels.every((l) => LABEL.test(l)) || !TLD.test(tld)) return fail('域名格式不正确，请填写如 www.example.com 的域名')
  return OK
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/
const URL_PARTS = /^(https?):\/\/([^/?#:\s]+)(?::(\d{1,5}))?([/?#][^\s]*)?$/i

export function validateUrl(raw: string): Check {
  const s = raw.trim()
  if (s.length === 0) return fail('请填写网址')
  if (s.length > 2000) return fail('网址过长，请核对')
  if (!/^https?:\/\//i.test(s)) return fail('网址应以 http:// 或 https:// 开头，如 https://www.example.com')
  const m = URL_PARTS.exec(s)
  if (!m) return fail('网址格式不正确，请核对，如 https://www.example.com/path')
  const host = m[2]
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > 65535)) return fail('网址中的端口号无效，请核对')
  if (!IPV4.test(host) && !validateDomain(host).ok) return fail('网址中的域名格式不正确，请核对，如 https://www.example.com')
  return OK
}

/**
 * What people type for a homepage, made a web address: a bare host or host/path
 * ('www.douyin.com/user/x') gets 'https://'; anything with a scheme, or that does not start
 * with a valid host, is left for the validator to explain.
 */
export function withWebScheme(raw: string): string {
  const s = raw.trim()
  if (s === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return raw
  const host = /^([^/?#:\s]+)(?::\d{1,5})?(?:[/?#]|$)/.exec(s)?.[1]
  if (host === undefined || !(IPV4.test(host) || validateDomain(host).ok)) return raw
  return `https://${s}`
}

/** Host of an http(s) URL, lower-cased, without 'www.'; null when not a URL. */
export function urlHost(raw: string): string | null {
  const m = URL_PARTS.exec(raw.trim())
  return m ? m[2].toLowerCase().replace(/^www\./, '') : null
}

const ICP = new RegExp(`^([${ICP_PROVINCE_ABBREVIATIONS.join('')}])ICP(备|证)(\\d{4,12})号(?:-(\\d{1,4}))?$`)

/** '粤 icp备 12345678 号-1' → '粤ICP备12345678号-1'. */
export function normalizeIcpNumber(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/icp/i, 'ICP').replace(/[－—–]/g, '-')
}

export function validateIcpNumber(raw: string): Check {
  const s = normalizeIcpNumber(raw)
  if (s.length === 0) return fail('请填写ICP备案号')
  const m = ICP.exec(s)
  if (!m) {
    if (!/^.ICP/.test(s)) return fail('ICP备案号应以省份简称加“ICP”开头，如 粤ICP备12345678号-1')
    if (!(ICP_PROVINCE_ABBREVIATIONS as readonly string[]).includes(s[0])) return fail(`ICP备案号的省份简称“${s[0]}”无效，请核对`)
    return fail('ICP备案号格式不正确，应如 粤ICP备12345678号 或 粤ICP备12345678号-1，请对照网站底部的备案号核对')
  }
  return OK
}
