/** The wizard's text field, bound to a dotted path of the draft. */
import { TextField } from '../../ui'
import { FIELD_LABELS, fieldLabel } from '../../../core/schemas/field-labels'
import { getAt } from '../model'
import type { Wizard } from '../useWizard'

/** A text field bound to a dotted path of the draft: value, message, flag, save, validate on blur. */
export function Bound ({ w, path, label, placeholder, type, hint, maxlength, numeric }: { w: Wizard, path: string, label?: string, placeholder?: string, type?: 'text' | 'number' | 'idcard' | 'digit', hint?: string, maxlength?: number, numeric?: boolean }) {
  const content = w.draft?.content ?? {}
  const raw = getAt(content, path)
  const generic = path.replace(/^accounts\.\d+\./, 'accounts.*.')
  return (
    <TextField
      label={label ?? (path.startsWith('accounts.') ? FIELD_LABELS[generic] ?? path : fieldLabel(path, content))}
      path={path}
      value={raw === undefined || raw === null ? '' : String(raw)}
      placeholder={placeholder}
      type={type}
      hint={hint}
      maxlength={maxlength}
      error={w.errors[path]}
      flagged={w.draft?.flagged[path]}
      onChange={(v) => {
        const t = v.trim()
        if (numeric) w.update(path, t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : undefined)
        else w.update(path, v === '' ? undefined : v)
      }}
      onBlur={() => w.touch(path)}
    />
  )
}
