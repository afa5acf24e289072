import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { jurisdiction } from '../../config/jurisdiction'
import { Button, Cell, CellGroup, Screen, Tag } from '../../features/ui/base'
import { loadOfficeStatus, type OfficeStatus } from '../../features/office/api'
import { localDateTime } from '../../core/local-time'
import { clearResumeMarker, readResumeMarker, type ResumeMarker } from '../../features/wizard/resume'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { dial, writeEmail } from '../../services/contact'
import { homeTexts, hoursLine } from './texts'
import './index.scss'

export default function HomePage () {
  const cfg = jurisdiction
  const t = homeTexts(cfg)
  const [resume, setResume] = useState<ResumeMarker | undefined>(() => readResumeMarker())
  const [status, setStatus] = useState<OfficeStatus | null>(null)

  useDidShow(() => {
    setResume(readResumeMarker())
    // Without an answer (offline) the hours below still say when to call.
    loadOfficeStatus().then(setStatus, () => setStatus(null))
  })

  return (
    <Screen className='home' footer={<TabBar current='home' />}>
      {resume !== undefined
        ? (
          // An unfinished filing comes first: above the fold, never behind the tab bar.
          <View className='card card--accent home-resume' data-testid='resume-card'>
            <View className='card-title'>{t.resumeTitle}</View>
            <View className='muted'>{t.resumeBody(resume.title, localDateTime(resume.savedAt, cfg.timezone))}</View>
            <View className='btn-row'>
              <Button inline testId='resume' onTap={() => openPage(paths.wizard({ id: resume.key, resume: true }))}>{t.resume}</Button>
              <Button inline kind='secondary' testId='resume-discard' onTap={() => { clearResumeMarker(); setResume(undefined) }}>{t.discard}</Button>
            </View>
          </View>
          )
        : null}
      <View className='card home-hero'>
        <View className='page-eyebrow'>{cfg.cityName}</View>
        <View className='page-title'>{t.title}</View>
        <View className='muted'>{t.what}</View>
        {resume === undefined ? <Button testId='start-filing' onTap={() => openPage(paths.wizard())}>{t.start}</Button> : null}
        {/* A draft not yet in the cloud is the only new one the phone keeps: continue it instead. */}
        {resume !== undefined && resume.key !== 'new' ? <Button kind='secondary' testId='start-filing' onTap={() => openPage(paths.wizard({ fresh: true }))}>{t.startAnother}</Button> : null}
        <Button kind='secondary' testId='self-check' onTap={() => openPage(paths.selfCheck())}>{t.selfCheck}</Button>
      </View>
      <CellGroup>
        <Cell label={t.lookup} onTap={() => openPage(paths.lookup())} testId='public-lookup' />
        <Cell label={t.report} onTap={() => openPage(paths.report())} testId='public-report' />
        <Cell label={t.receipt} onTap={() => openPage(paths.receipt())} testId='public-receipt' />
        <Cell label={t.notices} onTap={() => openPage(paths.publicNotices())} testId='public-notices' />
      </CellGroup>
      <View className='card'>
        <View className='card-title'>{t.whoTitle}</View>
        {t.who.map((line) => <View key={line} className='home-li'>{line}</View>)}
        {t.threshold ? <View className='home-note'>{t.threshold}</View> : null}
        <View className='home-note home-note--strong'>{t.deadline}</View>
      </View>
      <CellGroup title={t.contactTitle} testId='contact'>
        <Cell label={t.officeLabel} value={cfg.office.name} />
        <Cell label={t.personLabel} value={cfg.office.contactPerson} />
        <Cell label={t.phoneLabel} value={cfg.office.phone} icon='icon--phone' link onTap={() => dial(cfg.office.phone)} testId='office-phone' />
        <Cell label={t.emailLabel} value={cfg.office.email} icon='icon--mail' link onTap={() => writeEmail(cfg.office.email, t.emailCopied)} testId='office-email' />
        <Cell label={t.hoursTitle} icon='icon--clock'>
          {cfg.office.hours.map((h) => <Text key={`${h.from}-${h.to}`} className='home-hours'>{hoursLine(h.weekdays, h.from, h.to)}</Text>)}
          <Text className='cell__hint'>{t.holidays}</Text>
          {status !== null ? <View className='home-status'><Tag tone={status.open ? 'success' : 'neutral'} testId='office-status'>{status.label}</Tag></View> : null}
        </Cell>
      </CellGroup>
      <View className='card'>
        <View className='card-title'>{t.privacyTitle}</View>
        {t.privacy.map((p) => <View key={p} className='muted home-li'>{p}</View>)}
      </View>
      <Button kind='plain' testId='staff-redeem' onTap={() => openPage(paths.adminRedeem())}>{t.staffRedeem}</Button>
    </Screen>
  )
}
