export default definePageConfig({ navigationBarTitleText: '备案证明', enableShareAppMessage: true })
