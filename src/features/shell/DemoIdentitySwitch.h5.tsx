import { useEffect, useState } from 'react'
import { View, Text, Picker } from '@tarojs/components'
import { z } from 'zod'
import { currentDemoOpenid, setDemoOpenid } from '../../services/demo-identity'
import { forgetRole, type WhoAmI } from '../session'
import './DemoIdentitySwitch.scss'

const IdentitiesSchema = z.object({
  ok: z.literal(true),
  data: z.array(z.object({ openid: z.string(), label: z.string(), role: z.string() }))
})
type Identity = z.infer<typeof IdentitiesSchema>['data'][number]

/**
 * Local mode only (h5 served by the local server): switch between demo applicants and staff.
 * Rendered only when TARO_ENV is h5, and the server lists identities only in local mode.
 */
export function DemoIdentitySwitch ({ session }: { session: WhoAmI | null }) {
  const [identities, setIdentities] = useState<Identity[]>([])
  useEffect(() => {
    fetch(`${API_BASE}/dev/identities`)
      .then(async (r) => IdentitiesSchema.parse(await r.json()).data)
      .then(setIdentities, () => setIdentities([]))
  }, [])
  if (identities.length === 0) return null
  const currentOpenid = currentDemoOpenid()
  const index = Math.max(0, identities.findIndex((i) => i.openid === currentOpenid))
  return (
    <Picker
      mode='selector'
      range={identities.map((i) => i.label)}
      value={index}
      onChange={(e) => {
        const next = identities[Number(e.detail.value)]
        if (next === undefined) return
        setDemoOpenid(next.openid)
        forgetRole()
        window.location.reload()
      }}
    >
      <View className='demo-switch' data-testid='demo-switch'>
        <Text>演示身份：{identities[index]?.label ?? '未知'}{session ? '' : '…'}（点此切换）</Text>
      </View>
    </Picker>
  )
}
