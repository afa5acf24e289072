/**
 * Loads pages of the real `taro build --type weapp` output (dist/weapp) into miniprogram-simulate.
 * miniprogram-simulate only knows Component(), so Page() and App() are shimmed; lifecycle
 * methods are called by hand as the WeChat client would. The only replaced outside world is
 * `wx.cloud` (CloudBase), which a test points at the very same cloud-function `main`s on SQLite.
 */
import path from 'node:path'
import { existsSync } from 'node:fs'

export const DIST = path.resolve(__dirname, '..', '..', 'dist', 'weapp')
/**
 * How long a wait for a state may take before it counts as never coming: a wide net (the waits
 * return as soon as the state holds), below jest's 30 s per test, for a loaded machine.
 */
export const STATE_WAIT_MS = 15_000

type AnyFn = (...args: any[]) => any
interface PageInstance { [key: string]: any, setData: AnyFn }
export interface LoadedPage {
  instance: PageInstance
  root: any
  /** All text rendered in the page, whitespace-collapsed. */
  text(): string
  /** Elements whose own text contains `text`. */
  byText(text: string): WxNode[]
  /** The element whose whole (trimmed) text is `label` — a button, not a sentence mentioning it; the last such. */
  exact(label: string): WxNode
  /** The input/textarea with this id (TextField ids: `field-<dotted path with dashes>`), or the first one. */
  control(tag: 'wx-input' | 'wx-textarea', id?: string): WxNode
  tap(node: WxNode): Promise<void>
  /** Fires any component event (e.g. a <camera>'s `stop`) on the node. */
  trigger(node: WxNode, name: string, detail?: Record<string, unknown>): Promise<void>
  input(node: WxNode, value: string): Promise<void>
  /** Fires the change event of the nth picker, as turning its wheel and tapping 确定 would. */
  pick(nth: number, value: number | string): Promise<void>
  settle(ms?: number): Promise<void>
  /** Whether a loading skeleton is on screen (its class comes out prefixed, e.g. `main--skeleton`). */
  loading(): boolean
  /** Re-checks until `ok()` holds or `ms` pass: renders follow async backend calls, and a fixed sleep is flaky. */
  until(ok: () => boolean, ms?: number): Promise<void>
  /** Re-runs `assert` until it passes or `ms` pass; the last failure is rethrown. */
  eventually(assert: () => void, ms?: number): Promise<void>
  detach(): void
}
export interface WxNode { dom: HTMLElement, wx: any }

const g = global as any
let app: any = null
let simulate: any = null

export interface WxCloudStub {
  init: jest.Mock
  callFunction: jest.Mock
  uploadFile: jest.Mock
  downloadFile: jest.Mock
}

/**
 * Sets the clock of this test file (the app, the local cloud and the test) to `iso`, and lets it
 * run on from there: a time-of-day rule is then tested at the hour it matters, whatever the hour
 * the suite runs. Call it before anything reads the time.
 */
export function runClockAt (iso: string): void {
  const Real = Date
  const offset = Real.parse(iso) - Real.now()
  class Shifted extends Real {
    constructor (...args: unknown[]) {
      if (args.length === 0) super(Real.now() + offset)
      else super(...(args as [string]))
    }

    static override now (): number { return Real.now() + offset }
  }
  g.Date = Shifted
}

/** Boots the app once per test file: wx.cloud must exist before Taro's runtime reads it. */
export function bootApp (cloud: WxCloudStub): any {
  if (!existsSync(path.join(DIST, 'app.js'))) throw new Error('dist/weapp is missing: run `npm test` (it builds first) or `npm run build:weapp`')
  simulate = require('miniprogram-simulate')
  g.wx.cloud = cloud
  g.App = (options: any) => { app = options }
  g.getApp = () => app
  g.getCurrentPages = () => []
  // Taro pages call Page(config); j-component needs a Component with methods.
  g.Page = (options: any) => {
    const methods: Record<string, AnyFn> = {}
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v as AnyFn
    g.Component({ data: options.data ?? {}, methods })
  }
  require(path.join(DIST, 'app.js'))
  app.onLaunch?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 })
  app.onShow?.call(app, { path: 'pages/home/index', query: {}, scene: 1001 })
  return app
}

/** Fires a mini-program event on an element, bubbling through shadow roots as the client does. */
function fire (node: WxNode, name: string, detail: Record<string, unknown>): void {
  const exparser = require('miniprogram-exparser')
  exparser.Event.dispatchEvent(node.wx, exparser.Event.create(name, detail, { bubbles: true, composed: true, capturePhase: true }))
}

function collectText (dom: Node): string {
  return (dom.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Loads `pagePath` (e.g. 'pages/home/index'), renders, attaches and runs onLoad/onShow/onReady. */
export async function openPage (pagePath: string, query: Record<string, string> = {}): Promise<LoadedPage> {
  const id = simulate.load(path.join(DIST, pagePath), { rootPath: DIST, compiler: 'official' })
  const root = simulate.render(id)
  const parent = document.createElement('parent-wrapper')
  document.body.appendChild(parent)
  root.attach(parent)
  const instance: PageInstance = root.instance
  instance.route = pagePath
  instance.__route__ = pagePath
  instance.options = query
  instance.onLoad?.call(instance, query)
  await simulate.sleep(0)
  instance.onShow?.call(instance)
  await simulate.sleep(0)
  instance.onReady?.call(instance)
  await simulate.sleep(20)

  const all = (): HTMLElement[] => Array.from(root.dom.querySelectorAll('*')) as HTMLElement[]
  /**
   * After a tap or pick: waits for the page to show the change (React commits and Taro's setData
   * arrive later on a loaded machine), then for it to hold still, so the next step acts on the
   * re-rendered page. A step that changes nothing on screen (e.g. a navigation) waits the cap.
   */
  const rendered = async (before: string, capMs = 600): Promise<void> => {
    const end = Date.now() + capMs
    await simulate.sleep(30)
    let last = collectText(root.dom)
    while (last === before && Date.now() < end) {
      await simulate.sleep(20)
      last = collectText(root.dom)
    }
    for (let still = 0; still < 2 && Date.now() < end;) {
      await simulate.sleep(20)
      const now = collectText(root.dom)
      if (now === last) still++
      else { still = 0; last = now }
    }
  }
  const toNode = (dom: HTMLElement): WxNode => ({ dom, wx: (dom as any).__wxElement })
  const page: LoadedPage = {
    instance,
    root,
    text: () => collectText(root.dom),
    byText: (t) => all().filter((el) => collectText(el).includes(t) && !Array.from(el.children).some((c) => collectText(c).includes(t))).map(toNode),
    exact (label) {
      const node = page.byText(label).filter((n) => (n.dom.textContent ?? '').trim() === label).pop()
      if (node === undefined) throw new Error(`no element reads exactly "${label}"`)
      return node
    },
    control (tag, id) {
      const els = Array.from(root.dom.querySelectorAll(tag)) as any[]
      const el = id === undefined ? els[0] : els.find((e) => e.__wxElement?.id === id || e.id === id)
      if (el === undefined) throw new Error(`no ${tag}${id === undefined ? '' : ` #${id}`}`)
      return toNode(el)
    },
    async tap (node) {
      const before = page.text()
      fire(node, 'tap', { x: 0, y: 0 })
      await rendered(before)
    },
    async trigger (node, name, detail = {}) {
      fire(node, name, detail)
      await page.settle()
    },
    async pick (nth, value) {
      await page.until(() => root.dom.querySelectorAll('wx-picker').length > nth)
      const el = (Array.from(root.dom.querySelectorAll('wx-picker')) as any[])[nth]
      if (el === undefined) throw new Error(`no picker #${nth}`)
      const before = page.text()
      fire(toNode(el), 'change', { value })
      await rendered(before)
    },
    async until (ok, ms = STATE_WAIT_MS) {
      const end = Date.now() + ms
      while (!ok() && Date.now() < end) await page.settle(50)
    },
    async eventually (assert, ms = STATE_WAIT_MS) {
      const end = Date.now() + ms
      for (;;) {
        try {
          assert()
          return
        } catch (e) {
          if (Date.now() > end) throw e
          await page.settle(50)
        }
      }
    },
    async input (node, value) {
      fire(node, 'input', { value, cursor: value.length })
      await page.settle()
      fire(node, 'blur', { value })
      await page.settle()
    },
    settle: (ms = 30) => simulate.sleep(ms),
    loading: () => all().some((el) => Array.from(el.classList).some((c) => c === 'skeleton' || c.endsWith('--skeleton'))),
    detach: () => { root.detach(); parent.remove() }
  }
  return page
}

/** The simulated `wx` (exists once bootApp has run); spy on its APIs to assert what a page asked for. */
export function wxApi (): Record<string, (...args: any[]) => any> {
  return g.wx
}
