export default definePageConfig({ navigationBarTitleText: '备案维护' })
