export default definePageConfig({ navigationBarTitleText: '拍摄材料', disableScroll: false })
