import { WizardScreen } from '../../../../features/wizard/WizardScreen'
import { readResumeMarker } from '../../../../features/wizard/resume'
import { pageQuery } from '../../../../services/nav'

/**
 * The wizard: ?id=<filing> reopens a cloud draft, a returned filing (correct) or an approved one
 * (amend). Without an id, 开始备案 from anywhere continues the unfinished draft rather than
 * opening a blank form beside it; ?fresh=1 starts a new one on purpose.
 */
export default function WizardPage () {
  const params = pageQuery()
  const mode = params.mode === 'correct' || params.mode === 'amend' ? params.mode : undefined
  const fresh = params.fresh === '1'
  const unfinished = params.id || fresh ? undefined : readResumeMarker()
  const id = params.id || (unfinished !== undefined && unfinished.key !== 'new' ? unfinished.key : undefined)
  return <WizardScreen id={id} mode={mode} fresh={fresh} />
}
