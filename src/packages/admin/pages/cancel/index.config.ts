export default definePageConfig({ navigationBarTitleText: '注销备案' })
