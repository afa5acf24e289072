/** The local demo identities behind the visible identity switch (local mode only). */
export interface DemoIdentity {
  openid: string
  label: string
  role: 'applicant' | 'reviewer' | 'admin'
}

export const DEMO_IDENTITIES: DemoIdentity[] = [
  { openid: 'demo-applicant-a', label: '申请人甲', role: 'applicant' },
  { openid: 'demo-applicant-b', label: '申请人乙', role: 'applicant' },
  { openid: 'demo-reviewer', label: '审核员', role: 'reviewer' },
  { openid: 'demo-admin', label: '管理员', role: 'admin' }
]
