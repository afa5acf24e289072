import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { jurisdiction } from '../../config/jurisdiction'
import { Button, Screen } from '../../features/ui'
import { loadOfficeStatus, type OfficeStatus } from '../../features/office/api'
import { localDateTime } from '../../core/dates'
import { clearResumeMarker, readResumeMarker, type ResumeMarker } from '../../features/wizard/resume'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { homeTexts, hoursLine } from './texts'
import './index.scss'

export default function HomePage () {
  const cfg = jurisdiction
  const t = homeTexts(cfg)
  const [resume, setResume] = useState<ResumeMarker | undefined>(undefined)
  const [status, setStatus] = useState<OfficeStatus | null>(null)

  useDidShow(() => {
    setResume(readResumeMarker())
    // Without an answer (offline) the hours above still say when to call.
    loadOfficeStatus().then(setStatus, () => setStatus(null))
  })

  return (
    <Screen className='home'>
      <View className='card'>
        <View className='card-title'>{t.title}</View>
        <View className='muted'>{t.what}</View>
        <View className='home-sub'>{t.whoTitle}</View>
        {t.who.map((line) => <View key={line} className='home-li'>· {line}</View>)}
        {t.threshold ? <View className='home-li'>{t.threshold}</View> : null}
        <View className='home-li home-strong'>{t.deadline}</View>
        <Button kind='secondary' testId='self-check' onTap={() => openPage(paths.selfCheck())}>{t.selfCheck}</Button>
        <Button testId='start-filing' onTap={() => openPage(paths.wizard())}>{t.start}</Button>
        <Button kind='secondary' testId='public-lookup' onTap={() => openPage(paths.lookup())}>{t.lookup}</Button>
        <Button kind='plain' testId='public-report' onTap={() => openPage(paths.report())}>{t.report}</Button>
        <View className='home-links'>
          <View role='link' className='home-link' data-testid='public-receipt' onClick={() => openPage(paths.receipt())}>{t.receipt}</View>
          <View role='link' className='home-link' data-testid='public-notices' onClick={() => openPage(paths.publicNotices())}>{t.notices}</View>
        </View>
      </View>
      {resume !== undefined
        ? (
          <View className='card home-resume' data-testid='resume-card'>
            <View className='card-title'>{t.resumeTitle}</View>
            <View className='muted'>{t.resumeBody(resume.title, localDateTime(resume.savedAt, cfg.timezone))}</View>
            <Button testId='resume' onTap={() => openPage(paths.wizard({ id: resume.key, resume: true }))}>{t.resume}</Button>
            <Button kind='plain' onTap={() => { clearResumeMarker(); setResume(undefined) }}>{t.discard}</Button>
          </View>
          )
        : null}
      <View className='card'>
        <View className='card-title'>{t.contactTitle}</View>
        <View><Text>{cfg.office.name}</Text></View>
        <View className='muted'>{t.contactPerson}</View>
        <View className='muted'>{t.phone}</View>
        <View className='muted'>{t.email}</View>
        <View className='home-sub'>{t.hoursTitle}</View>
        {cfg.office.hours.map((h) => <View key={`${h.from}-${h.to}`} className='muted'>{hoursLine(h.weekdays, h.from, h.to)}（节假日除外）</View>)}
        {status !== null ? <View className={`office-status ${status.open ? 'office-status--open' : ''}`} data-testid='office-status'>{status.label}</View> : null}
      </View>
      <View className='card'>
        <View className='card-title'>{t.privacyTitle}</View>
        {t.privacy.map((p) => <View key={p} className='muted home-li'>{p}</View>)}
      </View>
      <Button kind='plain' testId='staff-redeem' onTap={() => openPage(paths.adminRedeem())}>{t.staffRedeem}</Button>
      <TabBar current='home' />
    </Screen>
  )
}
