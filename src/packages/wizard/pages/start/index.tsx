import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Input, Text } from '@tarojs/components'
import { SUBJECT_TYPE_LABELS, SubjectTypeSchema, type SubjectType } from '../../../../core/schemas/subject'
import { saveDraft } from '../../../../features/filings/drafts'
import { ApiError } from '../../../../services/api'
import { Screen } from '../../../../features/ui'

const TYPES = SubjectTypeSchema.options

/** First screen of a new filing: who files. Creates the cloud draft the wizard then fills. */
export default function WizardStartPage () {
  const [type, setType] = useState<SubjectType>('individual')
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function create () {
    if (name.trim() === '') {
      setError(type === 'individual' ? '请填写姓名' : '请填写单位名称')
      return
    }
    setBusy(true)
    try {
      await saveDraft({ content: { subject: { type, name: name.trim() } } })
      await Taro.redirectTo({ url: '/pages/filings/index' })
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '保存失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen className='wizard-start'>
      <View className='card'>
        <View className='card-title'>备案主体类型</View>
        {TYPES.map((t) => (
          <View
            key={t}
            role='radio'
            aria-checked={t === type}
            data-testid={`subject-type-${t}`}
            className={`btn-secondary ${t === type ? 'btn-secondary--checked' : ''}`}
            onClick={() => setType(t)}
          >
            {t === type ? '✓ ' : ''}{SUBJECT_TYPE_LABELS[t]}
          </View>
        ))}
      </View>
      <View className='card field'>
        <View className='field-label'>{type === 'individual' ? '姓名' : '单位名称'}</View>
        <Input
          className={`field-input ${error !== null ? 'field-input--error' : ''}`}
          data-testid='subject-name'
          value={name}
          maxlength={100}
          placeholder={type === 'individual' ? '与身份证一致' : '与营业执照或组织机构代码证一致'}
          onInput={(e) => { setName(e.detail.value); setError(null) }}
        />
        {error !== null ? <Text className='error-text'>{error}</Text> : null}
      </View>
      <View className='btn-primary' data-testid='create-draft' onClick={() => { if (!busy) void create() }}>
        {busy ? '正在保存…' : '保存草稿'}
      </View>
    </Screen>
  )
}
