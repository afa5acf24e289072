export default definePageConfig({ navigationBarTitleText: '举报违规账号' })
