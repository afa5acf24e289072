/** The wizard's text field, bound to a dotted path of the draft. */
import { TextField, type FieldKeyboard } from '../../ui'
import { FIELD_LABELS, fieldLabel } from '../../../core/schemas/field-labels'
import { withWebScheme } from '../../../core/validators/web'
import { getAt } from '../model'
import type { Wizard } from '../useWizard'

export interface BoundProps {
  w: Wizard
  path: string
  label?: string
  placeholder?: string
  type?: FieldKeyboard
  hint?: string
  maxlength?: number
  /** Stored as a number (粉丝数). */
  numeric?: boolean
  /** A web address: a bare host gets https:// when the field is left. */
  url?: boolean
  optional?: boolean
}

/** A text field bound to a dotted path of the draft: value, message, flag, save, validate on blur. */
export function Bound ({ w, path, label, placeholder, type, hint, maxlength, numeric, url, optional }: BoundProps) {
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
      optional={optional}
      error={w.errors[path]}
      flagged={w.draft?.flagged[path]}
      onChange={(v) => {
        const t = v.trim()
        if (numeric) w.update(path, t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : undefined)
        else w.update(path, v === '' ? undefined : v)
      }}
      onBlur={() => {
        if (url) {
          const current = getAt(w.draft?.content ?? {}, path)
          const fixed = typeof current === 'string' ? withWebScheme(current) : current
          if (fixed !== current) w.update(path, fixed)
        }
        w.touch(path)
      }}
    />
  )
}
