import { WizardScreen } from '../../../../features/wizard/WizardScreen'
import { pageQuery } from '../../../../services/nav'

/** The wizard: ?id=<filing> reopens a cloud draft, a returned filing (correct) or an approved one (amend). */
export default function WizardPage () {
  const params = pageQuery()
  const mode = params.mode === 'correct' || params.mode === 'amend' ? params.mode : undefined
  return <WizardScreen id={params.id || undefined} mode={mode} />
}
