export default definePageConfig({ navigationBarTitleText: '常用主体' })
