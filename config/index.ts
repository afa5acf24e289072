import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// Everything deployment-specific comes from the environment at build time, never from the source.
const env = (name: string): string => JSON.stringify(process.env[name] ?? '')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'filing-miniprogram',
    date: '2026-11-29',
    // NutUI components are designed at 375 px, our own styles at 750 px.
    designWidth(input?: unknown) {
      const file = typeof input === 'object' && input !== null ? (input as { file?: unknown }).file : undefined
      return typeof file === 'string' && file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    // The bench builds an empty app with this very config by pointing these two elsewhere.
    sourceRoot: process.env.TARO_SOURCE_ROOT ?? 'src',
    outputRoot: process.env.TARO_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
    plugins: [require('path').resolve(__dirname, 'weapp-project-config.js')],
    defineConstants: {
      CLOUD_ENV_ID: env('CLOUD_ENV_ID'),
      API_BASE: JSON.stringify(process.env.API_BASE ?? '')
    },
    alias: {
      '@': require('path').resolve(__dirname, '..', 'src'),
      // chinese-days declares "type": "commonjs" but its "module" entry is ESM, which webpack then
      // refuses to parse; its UMD build works everywhere (core's working-day calendar needs it).
      'chinese-days$': require('path').resolve(__dirname, '..', 'node_modules', 'chinese-days', 'dist', 'index.min.js')
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: process.env.TARO_CACHE === '1' },
    mini: {
      // AntV F2 (the director's dashboard, admin subpackage) and Taro's runtime share tslib: as one
      // module it sits in the main package's vendors with every helper F2 uses. F2 gets its own copy
      // (the ESM file beside the one Taro resolves), which stays in the subpackage.
      webpackChain(chain) {
        chain.module
          .rule('antv-own-tslib')
          .test(/[\\/]node_modules[\\/]@antv[\\/]/)
          .resolve.alias.set('tslib$', require('path').resolve(__dirname, '..', 'node_modules', 'tslib', 'tslib.es6.js'))
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } }
      }
    }
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
