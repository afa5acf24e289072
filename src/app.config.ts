import { appPages } from './core/routes'

// Pages and subpackages come from the one route table (src/core/routes.ts): tab pages stay in the
// main package (keep them light); everything heavy lives in a subpackage.
const { pages, subPackages } = appPages()

export default defineAppConfig({
  pages,
  subPackages,
  // Only the components a rendered page uses are injected (WeChat's 代码质量 check asks for it).
  lazyCodeLoading: 'requiredComponents',
  window: {
    navigationBarTitleText: '账号登记备案',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f5f7'
  }
})
