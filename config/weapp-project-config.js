// Taro plugin: after a weapp build, fixes the project.config.json Taro copies into dist/weapp so
// WeChat DevTools can open that folder on its own: cloud functions are one level up there
// (`../cloudfunctions/`), and the AppID comes from TARO_APP_ID (what `npm run deploy` sets from
// deploy.config.json) or deploy.config.json itself — never the tourist AppID.
const fs = require('node:fs')
const path = require('node:path')

module.exports = (ctx) => {
  ctx.onBuildComplete(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    const file = path.join(ctx.paths.outputPath, 'project.config.json')
    if (!fs.existsSync(file)) return
    const cfg = JSON.parse(fs.readFileSync(file, 'utf8'))
    const deployConfig = path.join(ctx.paths.appPath, 'deploy.config.json')
    let appid = process.env.TARO_APP_ID || cfg.appid || ''
    if (!process.env.TARO_APP_ID && fs.existsSync(deployConfig)) {
      try { appid = JSON.parse(fs.readFileSync(deployConfig, 'utf8')).appid || appid } catch { /* the doctor reports a broken file */ }
    }
    const next = { ...cfg, appid, miniprogramRoot: './', cloudfunctionRoot: '../cloudfunctions/' }
    delete next.srcMiniprogramRoot
    fs.writeFileSync(file, JSON.stringify(next, null, 2) + '\n')
  })
}
