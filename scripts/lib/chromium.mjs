// Finds a Chromium/Chrome for the e2e tests, never assuming one: an environment variable, the usual
// paths, and on Linux as root `apt-get install -y chromium`; otherwise a clear way to get one.
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium'
]

export function findChromium () {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const p = process.env[name]
    if (p) {
      if (existsSync(p)) return p
      throw new Error(`${name}=${p} does not exist`)
    }
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

function hasChineseFont () {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
}

/** Screenshots must show Chinese text, not boxes: install a CJK font on Linux when none is there. */
export function ensureChineseFont (log = console.log) {
  if (process.platform !== 'linux' || hasChineseFont()) return
  if (!isRoot()) {
    log('warning: no Chinese font found; screenshots will show boxes (sudo apt-get install -y fonts-noto-cjk)')
    return
  }
  log('no Chinese font: installing Debian package fonts-noto-cjk (apt-get)…')
  // Only the screenshots need it, so a failed install warns instead of failing the run.
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env })
  } catch (e) {
    log(`warning: could not install fonts-noto-cjk (${e.message.split('\n')[0]}); screenshots will show boxes for Chinese text`)
  }
}

export function ensureChromium (log = console.log) {
  const found = findChromium()
  if (found) return found
  if (process.platform === 'linux' && isRoot()) {
    log('chromium not found: installing Debian package chromium (apt-get)…')
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    const after = findChromium()
    if (after) return after
  }
  throw new Error(
    'No Chromium or Chrome found for the e2e tests.\n' +
    '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
    '  macOS: install Google Chrome, or set CHROMIUM_PATH=/path/to/chrome\n' +
    '  Or set CHROMIUM_PATH to any Chromium-based browser binary.'
  )
}
