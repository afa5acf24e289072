import { useEffect, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { Button } from '../../ui'
import { canPrint, previewImage, printImage, renderImage, saveImage } from '../../../services/image'
import { toast } from '../../../services/dialogs'
import { jurisdiction } from '../../../config/jurisdiction'
import { FORM_HEIGHT, FORM_WIDTH, drawRegistrationForm } from '../registration-form'
import type { Draft } from '../model'
import { T } from '../texts'

/** The generated form for organisations to print, stamp and photograph. */
export function RegistrationFormCard ({ content }: { content: Draft }) {
  const [path, setPath] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const signature = JSON.stringify([content.subject, content.operator, content.accounts])

  useEffect(() => {
    let live = true
    renderImage(FORM_WIDTH, FORM_HEIGHT, (ctx) => drawRegistrationForm(ctx, content, jurisdiction, new Date())).then(
      (p) => { if (live) { setPath(p); setFailed(false) } },
      () => { if (live) setFailed(true) }
    )
    return () => { live = false }
    // Redraw only when the data printed on the form changes.
  }, [signature])

  async function save () {
    if (path === null) return
    try {
      await saveImage(path, `${jurisdiction.cityName}登记备案表.png`)
      toast(T.formSaved, 'success')
    } catch {
      toast(T.formSaveFailed)
    }
  }

  return (
    <View className='card' data-testid='registration-form'>
      <View className='card-title'>{T.formTitle}</View>
      <View className='muted'>{T.formHint}</View>
      {failed ? <Text className='error-text'>{T.formFailed}</Text> : null}
      {path === null && !failed ? <View className='muted'>{T.formMaking}</View> : null}
      {path !== null ? <Image className='form-image' src={path} mode='widthFix' onClick={() => previewImage(path)} /> : null}
      {path !== null
        ? (
          <View>
            <Button kind='secondary' testId='form-save' onTap={() => { void save() }}>{T.formSave}</Button>
            {canPrint ? <Button kind='secondary' testId='form-print' onTap={() => printImage(path)}>{T.formPrint}</Button> : <View className='muted'>{T.formPrintHint}</View>}
          </View>
          )
        : null}
    </View>
  )
}
