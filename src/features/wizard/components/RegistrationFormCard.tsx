import { useEffect, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { Button } from '../../ui'
import { canPrint, previewImage, printImage, renderImage, saveImage } from '../../../services/image'
import { toast } from '../../../services/dialogs'
import { jurisdiction } from '../../../config/jurisdiction'
import { FORM_HEIGHT, FORM_WIDTH, drawRegistrationForm, registrationFormPages } from '../registration-form'
import type { Draft } from '../model'
import { T } from '../texts'

/** The generated form, every page of it: organisations print, stamp and photograph it; individuals keep it. */
export function RegistrationFormCard ({ content, forStaff = false }: { content: Draft, forStaff?: boolean }) {
  const [paths, setPaths] = useState<string[] | null>(null)
  const [failed, setFailed] = useState(false)
  const signature = JSON.stringify([content.subject, content.operator, content.accounts])
  const org = content.subject?.type !== 'individual'

  useEffect(() => {
    let live = true
    const now = new Date()
    const count = registrationFormPages(content, jurisdiction).length
    // One image per page, drawn one after another (a canvas at a time keeps memory low on phones).
    const draw = async (): Promise<string[]> => {
      const out: string[] = []
      for (let i = 0; i < count; i++) out.push(await renderImage(FORM_WIDTH, FORM_HEIGHT, (ctx) => drawRegistrationForm(ctx, content, jurisdiction, now, i)))
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
      <View className='muted'>{forStaff ? T.formHintStaff : org ? T.formHint : T.formHintPerson}</View>
      {paths !== null && paths.length > 1 ? <View className='muted'>{T.formPages(paths.length)}</View> : null}
      {failed ? <Text className='error-text'>{T.formFailed}</Text> : null}
      {paths === null && !failed ? <View className='muted'>{T.formMaking}</View> : null}
      {(paths ?? []).map((p, i) => <Image key={p} className='form-image' src={p} mode='widthFix' aria-label={T.formPageAlt(i + 1, paths?.length ?? 1)} onClick={() => previewImage(p)} />)}
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
