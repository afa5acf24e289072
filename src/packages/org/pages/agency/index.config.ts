export default definePageConfig({ navigationBarTitleText: '确认委托' })
