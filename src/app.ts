import { type PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { decorateChrome } from './services/chrome'
import './app.scss'

decorateChrome()

function App ({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp' && Taro.cloud) {
      // The env id comes from the build environment; empty means the mini-program's default env.
      Taro.cloud.init(CLOUD_ENV_ID ? { env: CLOUD_ENV_ID, traceUser: true } : { traceUser: true })
    }
  })
  return children
}

export default App
