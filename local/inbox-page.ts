import type { InboxMessage, InboxSms } from '../backend/runtime/local'

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c] ?? c))

/**
 * The local developer inbox: what WeChat would have pushed as subscription messages, what it
 * would have refused (43101: the user had no consent left for that template), and the SMS
 * verification codes the SMS service would have sent (this page stands in for the phone).
 */
export function renderInbox (messages: InboxMessage[], sms: InboxSms[] = []): string {
  const rows = messages.map((m) => {
    const fields = Object.entries(m.data).map(([k, v]) => `<div><b>${escape(k)}</b>：${escape(String((v as { value?: unknown }).value ?? ''))}</div>`).join('')
    const refused = m.status === 'refused'
    const state = refused ? `未送达（${m.errCode ?? 43101}：用户未订阅或订阅次数已用完）` : '已送达'
    return `<li class="msg${refused ? ' msg--refused' : ''}" data-openid="${escape(m.openid)}" data-status="${escape(m.status)}"><div class="meta">${escape(m.at)} · 发给 ${escape(m.openid)} · 模板 ${escape(m.templateId)} · <span class="state">${escape(state)}</span></div>${fields}<div class="page">跳转：${escape(m.page)}</div></li>`
  }).join('')
  const delivered = messages.filter((m) => m.status === 'delivered').length
  const texts = sms.map((s) => `<li class="sms" data-phone="${escape(s.phone)}"><div class="meta">${escape(s.at)} · 发给 ${escape(s.phone)}</div><div>${escape(s.text)}</div></li>`).join('')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>本地收件箱</title><style>body{font-family:sans-serif;margin:16px;background:#f4f5f7;color:#1f2329}
li{list-style:none;background:#fff;border-radius:8px;padding:12px;margin-bottom:12px}.meta{color:#4e5969;font-size:13px;margin-bottom:6px}.page{color:#4e5969;font-size:13px}
.msg--refused{border-left:4px solid #c9353f}.msg--refused .state{color:#a8262f;font-weight:bold}</style></head>
<body><h1>订阅消息收件箱（本地模式）</h1><p>本地模式下，发往微信的订阅消息记录在这里：与微信一致，每次“允许”只能发一条，没有订阅次数的消息会被拒收（43101）。共 ${messages.length} 条，已送达 ${delivered} 条。</p><ul>${rows || '<li>暂无消息</li>'}</ul>
<h2>短信（本地模式）</h2><p>本地模式下，短信验证码不真正发出，显示在这里。共 ${sms.length} 条。</p><ul>${texts || '<li>暂无短信</li>'}</ul></body></html>`
}
