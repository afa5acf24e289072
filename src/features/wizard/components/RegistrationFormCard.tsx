import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Photo } from '../../ui'
import { canPrint, previewImage, printImage, renderImage, saveImage } from '../../../services/image'
import { toast } from '../../../services/dialogs'
import { jurisdiction } from '../../../config/jurisdiction'
import { formSheet, type FormSheet } from '../../../core/filing/registration-form'
import { FORM_HEIGHT, FORM_WIDTH, drawRegistrationForm, registrationFormPages } from '../registration-form'
import type { Draft } from '../model'
import { T } from '../texts'

/**
 * The generated form, every page of it: organisations print, stamp and photograph it; individuals
 * keep it. Staff pass the sheet frozen at submission (`stored`), drawn exactly as it was filed.
 */
export function RegistrationFormCard ({ content, stored, forStaff = false }: { content: Draft, stored?: FormSheet | null, forStaff?: boolean }) {
  const [paths, setPaths] = useState<string[] | null>(null)
  const [failed, setFailed] = useState(false)
  const signature = stored ? `stored:${stored.frozenAt ?? ''}` : JSON.stringify([content.subject, content.operator, content.accounts])
  const org = content.subject?.type !== 'individual'

  useEffect(() => {
    let live = true
    // The applicant's copy to stamp shows the operator's number in full; a staff copy of an older record (nothing frozen) does not.
    const sheet = stored ?? formSheet(content, jurisdiction, new Date(), { fullOperatorId: org && !forStaff })
    const count = registrationFormPages(sheet).length
    // One image per page, drawn one after another (a canvas at a time keeps memory low on phones).
    const draw = async (): Promise<string[]> => {
      const out: string[] = []
      for (let i = 0; i < count; i++) out.push(await renderImage(FORM_WIDTH, FORM_HEIGHT, (ctx) => drawRegistrationForm(ctx, sheet, i)))
      return out
    }
    draw().then(
      (p) => { if (live) { setPaths(p); setFailed(false) } },
      () => { if (live) setFailed(true) }
    )
    return () => { live = false }
    // Redraw only when the data printed on the form changes.
  }, [signature])

  async function save () {
    if (paths === null) return
    try {
      for (const [i, p] of paths.entries()) await saveImage(p, `${jurisdiction.cityName}登记备案表${paths.length > 1 ? `-${i + 1}` : ''}.png`)
      toast(T.formSaved, 'success')
    } catch {
      toast(T.formSaveFailed)
    }
  }

  return (
    <View className='card' data-testid='registration-form'>
      <View className='card-title'>{T.formTitle}</View>
      <View className='muted'>{forStaff ? (stored ? T.formHintStored(stored.date) : T.formHintStaff) : org ? T.formHint : T.formHintPerson}</View>
      {paths !== null && paths.length > 1 ? <View className='muted'>{T.formPages(paths.length)}</View> : null}
      {failed ? <Text className='error-text'>{T.formFailed}</Text> : null}
      {paths === null && !failed ? <View className='muted'>{T.formMaking}</View> : null}
      {(paths ?? []).map((p, i) => <Photo key={p} className='form-image' src={p} mode='widthFix' alt={T.formPageAlt(i + 1, paths?.length ?? 1)} onTap={() => previewImage(p)} />)}
      {paths !== null
        ? (
          <View>
            <Button kind='secondary' testId='form-save' onTap={() => { void save() }}>{T.formSave}</Button>
            {canPrint ? <Button kind='secondary' testId='form-print' onTap={() => paths.forEach((p) => printImage(p))}>{T.formPrint}</Button> : <View className='muted'>{T.formPrintHint}</View>}
          </View>
          )
        : null}
    </View>
  )
}
