export default definePageConfig({ navigationBarTitleText: '我需要备案吗' })
