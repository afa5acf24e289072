export default definePageConfig({ navigationBarTitleText: '评优提名' })
