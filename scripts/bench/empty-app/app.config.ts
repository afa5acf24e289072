// The floor the package-size goal is measured against: an empty Taro React app, same build config.
export default defineAppConfig({ pages: ['pages/index/index'] })
