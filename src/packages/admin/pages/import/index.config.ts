export default definePageConfig({ navigationBarTitleText: '导入旧台账' })
