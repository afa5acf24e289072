export default definePageConfig({ navigationBarTitleText: '认领原备案' })
