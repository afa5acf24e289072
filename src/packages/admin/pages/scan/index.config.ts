export default definePageConfig({ navigationBarTitleText: '核验备案证明' })
