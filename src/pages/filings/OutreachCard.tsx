import { View, Text } from '@tarojs/components'
import { localDate } from '../../core/local-time'
import { paths } from '../../core/routes'
import { jurisdiction } from '../../config/jurisdiction'
import { openPage } from '../../services/nav'
import { CellGroup, Cell } from '../../features/ui/base'
import type { OutreachSummary } from '../../features/outreach/summary'
import { CARD } from '../../features/outreach/card-texts'

/**
 * 我的备案's outreach card (main package: base kit only): 年度核验 waiting for an answer, events
 * open to sign up, and the record of events attended. Invitations and reminders open 我的备案,
 * so what they announce is here. The page loads it (nothing is shown until then, or when it fails:
 * the filings list is the page's main content). Filed operators always see it: it leads to the activities page.
 */
export function OutreachCard ({ s, always }: { s: OutreachSummary, always: boolean }) {
  // Someone with nothing filed and nothing offered sees no card (a 建议备案 opt-in with invitations does).
  if (!always && s.reverify.length === 0 && s.open === 0 && s.signedUp === 0 && s.attendedCount === 0) return null
  return (
    <View data-testid='outreach-card'>
      {s.reverify.length > 0
        ? (
          <CellGroup title={CARD.reverifyTitle} testId='reverify-card'>
            {s.reverify.map((e) => (
              <Cell key={e.id} label={CARD.reverifyRow(e.roundTitle, e.accountNames.join('、'), e.deadline)} value={CARD.reverifyOpen} link onTap={() => openPage(paths.opReverify(e.id))} testId='reverify-open' />
            ))}
          </CellGroup>
          )
        : null}
      <CellGroup title={CARD.title} testId='outreach-record'>
        <Cell
          label={s.open > 0 ? CARD.open(s.open) : s.signedUp > 0 ? CARD.signedUp(s.signedUp) : CARD.none}
          onTap={() => openPage(paths.opActivities())}
          testId='open-activities'
        />
        <Cell label={CARD.record(s.attendedCount)}>
          {s.attended.map((r) => <Text key={r.activityId} className='cell__hint' data-testid='record-row'>{CARD.attendedRow(r.kindLabel, r.title, localDate(r.at, jurisdiction.timezone))}</Text>)}
        </Cell>
      </CellGroup>
    </View>
  )
}
