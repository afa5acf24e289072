/**
 * The fields the field catalogue asks of one group (subject, operator, one account), rendered
 * from it: which fields, their order, label, help text and input all come from core and the
 * city's config, so a city changing a field changes this screen with no code.
 */
import { View } from '@tarojs/components'
import { askedFields, fieldHelp, fieldLabelIn, fieldPresence, type FieldGroup, type FieldSpec } from '../../../core/schemas/catalogue'
import type { AccountKind } from '../../../core/schemas/account'
import type { SubjectType } from '../../../core/schemas/subject'
import { jurisdiction } from '../../../config/jurisdiction'
import { ChoiceGroup, SelectField, TextField } from '../../ui'
import { getAt, splitWords } from '../model'
import type { Wizard } from '../useWizard'
import { T } from '../texts'
import { Bound } from './Bound'

function Asked ({ w, spec, path, subjectType, kind }: { w: Wizard, spec: FieldSpec, path: string, subjectType: SubjectType | undefined, kind?: AccountKind }) {
  const label = fieldLabelIn(spec, jurisdiction)
  const help = fieldHelp(spec, jurisdiction)
  const value = getAt(w.draft?.content ?? {}, path)
  // What this city leaves to the applicant is marked 选填 beside its label.
  const optional = fieldPresence(spec, subjectType, jurisdiction, kind) === 'optional'
  const common = { label, path, optional, error: w.errors[path], flagged: w.draft?.flagged[path] }
  switch (spec.input) {
    case 'select':
      return <SelectField {...common} hint={help} value={typeof value === 'string' ? value : undefined} options={[...(spec.options ?? [])]} onPick={(v) => { w.update(path, v); w.touch(path) }} />
    case 'flag':
      return (
        <ChoiceGroup
          {...common}
          hint={help}
          value={value === true ? 'yes' : value === false ? 'no' : undefined}
          choices={[{ value: 'yes', label: T.yes }, { value: 'no', label: T.no }]}
          onPick={(v) => { w.update(path, v === 'yes'); w.touch(path) }}
        />
      )
    case 'list':
      return (
        <TextField
          {...common}
          hint={help}
          value={Array.isArray(value) ? value.join(' ') : ''}
          maxlength={2000}
          onChange={(v) => w.update(path, splitWords(v))}
          onBlur={() => w.touch(path)}
        />
      )
    case 'number':
      return <Bound w={w} path={path} label={label} optional={optional} hint={help} type='number' numeric maxlength={10} />
    case 'mobile':
      return <Bound w={w} path={path} label={label} optional={optional} hint={help} type='phone' maxlength={11} />
    default:
      return <Bound w={w} path={path} label={label} optional={optional} hint={help} maxlength={spec.input === 'multiline' ? 200 : 100} />
  }
}

/** Every catalogue-rendered field of `group` at `prefix` (e.g. 'accounts.2'), as this city asks them. */
export function CatalogueFields ({ w, group, prefix, subjectType, kind }: { w: Wizard, group: FieldGroup, prefix: string, subjectType: SubjectType | undefined, kind?: AccountKind }) {
  const values = (getAt(w.draft?.content ?? {}, prefix) ?? {}) as Record<string, unknown>
  const specs = askedFields(group, subjectType, jurisdiction, kind, values)
  if (specs.length === 0) return null
  return (
    <View className='field-group' data-testid={`catalogue-${group}`}>
      {specs.map((spec) => <Asked key={spec.key} w={w} spec={spec} path={`${prefix}.${spec.key}`} subjectType={subjectType} kind={kind} />)}
    </View>
  )
}
