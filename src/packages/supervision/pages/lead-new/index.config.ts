export default definePageConfig({ navigationBarTitleText: '登记线索' })
