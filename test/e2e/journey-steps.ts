/**
 * What an applicant (and a reviewer) does with their fingers in the h5 build, one helper per
 * gesture: tap, type, pick from a wheel, photograph with the (fake) camera, sign. Taro h5 keeps
 * earlier pages of the stack in the DOM (hidden), so every locator is scoped to what is visible.
 */
import type { Locator, Page } from 'playwright-core'

/** The visible element with this test id (Taro keeps hidden copies of earlier pages). */
export function byId (page: Page, testId: string): Locator {
  return page.locator(`[data-testid="${testId}"] >> visible=true`).first()
}

export function visibleText (page: Page, text: string, exact = false): Locator {
  return page.getByText(text, { exact }).filter({ visible: true }).first()
}

/**
 * How long a wait on a state may take before the test gives up. Waits end when the state arrives;
 * this is only the net under a state that never comes, wide enough for a machine whose two cores
 * are busy with other builds (a render that takes 50 ms alone can take 20 s then).
 */
export const STATE_WAIT_MS = 90_000

/** Waits until `read()` satisfies `ok` (pages render asynchronously); fails with the last value. */
export async function until<T> (read: () => Promise<T>, ok: (v: T) => boolean, ms = STATE_WAIT_MS): Promise<T> {
  const end = Date.now() + ms
  let last = await read()
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100))
    last = await read()
  }
  if (!ok(last)) throw new Error(`condition not met; last value: ${JSON.stringify(last)}`)
  return last
}

/** Taps the button of the open confirmation dialog (Taro h5's modal) and waits for it to close. */
export async function confirmDialog (page: Page, button: string): Promise<void> {
  const foot = page.locator('.taro-modal__foot').filter({ visible: true })
  await foot.getByText(button, { exact: true }).tap()
  await foot.waitFor({ state: 'hidden' })
}

/**
 * Scrolls the element to the middle of the screen and waits until it holds still there, across three
 * frames and a tenth of a second (a page scrolling or re-laying out has come to rest: the pages' own
 * scroll to an error or a result starts 50 ms after the render and moves in timer steps, so a
 * two-frame check alone could pass just before it began); its box then.
 */
export async function atRest (locator: Locator): Promise<{ x: number, y: number, width: number, height: number }> {
  await locator.waitFor()
  return locator.evaluate(async (el) => {
    el.scrollIntoView({ block: 'center' })
    const frame = () => new Promise((r) => requestAnimationFrame(r))
    const since = Date.now()
    let last = el.getBoundingClientRect()
    for (let still = 0; still < 3 || Date.now() - since < 100;) {
      await frame()
      const now = el.getBoundingClientRect()
      still = now.x === last.x && now.y === last.y ? still + 1 : 0
      last = now
    }
    return { x: last.x, y: last.y, width: last.width, height: last.height }
  })
}

/** The visible text input (or textarea) of a test id (h5 puts the id on the control or on its wrapper). */
export function inputOf (page: Page, testId: string): Locator {
  const id = `[data-testid="${testId}"]`
  return page.locator(`${id} input, input${id}, ${id} textarea, textarea${id}`).filter({ visible: true }).first()
}

/** Types into the field of a dotted path and leaves it (validation runs on blur). */
export async function type (page: Page, path: string, value: string): Promise<void> {
  const input = inputOf(page, path)
  await input.tap()
  await input.fill(value)
  await input.blur()
}

export async function inputValue (page: Page, path: string): Promise<string> {
  return inputOf(page, path).inputValue()
}

const LINE_HEIGHT = 34 // Taro h5 picker row height (taro-picker-group)
const TOP = 102 // the content's offset when the first row is selected (three rows above the indicator)

/** The row the wheel shows under its indicator, read from the column's transform. */
async function wheelIndex (group: Locator): Promise<number> {
  const transform = await group.locator('.weui-picker__content').first().evaluate((el) => (el as HTMLElement).style.transform)
  const y = Number(/translate3d\(0px?, (-?[\d.]+)px/.exec(transform)?.[1] ?? TOP)
  return Math.round((TOP - y) / LINE_HEIGHT)
}

/** Waits until the wheel has stopped turning (its drawn position, transitions included, holds for a few frames). */
async function wheelAtRest (group: Locator): Promise<void> {
  await group.locator('.weui-picker__content').first().evaluate(async (el) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r))
    const drawn = () => getComputedStyle(el).transform
    await frame()
    let last = drawn()
    for (let still = 0; still < 5;) {
      await frame()
      const now = drawn()
      still = now === last ? still + 1 : 0
      last = now
    }
  })
}

/**
 * Turns the open wheel to `label` as a finger does when it taps a row it can see: the wheel brings
 * the tapped row under the indicator. Taps at most three rows away at a time and checks where the
 * wheel stopped, so it ends on the right row however long the list (a fast drag can overshoot).
 */
export async function turnWheel (page: Page, label: string): Promise<void> {
  const group = page.locator('.weui-picker__group >> visible=true').first()
  await group.waitFor()
  const items = (await group.locator('.weui-picker__item').allTextContents()).map((t) => t.trim())
  const target = items.indexOf(label)
  if (target < 0) throw new Error(`no option ${label}: ${items.join(',')}`)
  for (let turn = 0; turn < 40; turn++) {
    const current = await wheelIndex(group)
    if (current === target) return
    const step = Math.max(-3, Math.min(3, target - current))
    const box = await group.locator('.weui-picker__item').nth(current + step).boundingBox()
    if (box === null) throw new Error(`row ${current + step} of the wheel has no box`)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await wheelAtRest(group)
  }
  throw new Error(`the wheel did not reach ${label}`)
}

/**
 * Opens the wheel picker of a field, turns it to `label` (or leaves it), taps 确定, and checks the
 * field now shows the choice (`label`, or no placeholder); when it does not (a wheel tap or 确定 lost
 * on a busy machine left the field as it was, and the wizard then would not go on), picks again.
 */
export async function pick (page: Page, path: string, label?: string): Promise<void> {
  const field = byId(page, path)
  const wheel = page.locator('.weui-picker__group >> visible=true').first()
  const end = Date.now() + STATE_WAIT_MS
  for (;;) {
    // Touched once it holds still: a tap while the page still scrolls was lost on a busy fresh clone.
    await touch(field)
    await wheel.waitFor()
    if (label !== undefined) await turnWheel(page, label)
    await touch(page.locator('text=确定 >> visible=true').last())
    await wheel.waitFor({ state: 'hidden' })
    const shown = label !== undefined ? ((await field.textContent()) ?? '').includes(label) : (await field.locator('.placeholder').count()) === 0
    if (shown) return
    if (Date.now() > end) throw new Error(`the picker of ${path} did not take ${label ?? 'a value'}`)
  }
}

export async function stepIs (page: Page, n: number): Promise<void> {
  await visibleText(page, `第${n}步，共5步`).waitFor()
}

export async function next (page: Page, toStep: number): Promise<void> {
  await touch(byId(page, 'wizard-next'))
  await stepIs(page, toStep)
}

/** From a document slot: consent (first time), live fake camera, shoot, preview, use, uploaded (back on `returnTo`: the wizard, or the staff entry). */
export async function photograph (page: Page, kind: string, shot?: (name: string) => Promise<void>, returnTo: RegExp = /packages\/wizard\/pages\/start/): Promise<void> {
  await touch(byId(page, `document-take-${kind}`))
  await page.waitForURL(/packages\/capture\/pages\/camera/)
  const consent = byId(page, 'capture-consent-agree')
  // Whichever comes first; the other wait is dropped quietly.
  await Promise.race([consent.waitFor().catch(() => undefined), byId(page, 'capture-video').waitFor().catch(() => undefined)])
  if (await consent.isVisible()) {
    if (shot) await shot('consent')
    await consent.tap()
  }
  await byId(page, 'capture-video').waitFor()
  await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="capture-video"]')).some((v) => (v as HTMLVideoElement).videoWidth > 0 && !(v as HTMLVideoElement).paused))
  await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="capture-quality"]')).some((q) => !/capture-quality--wait/.test(q.className)))
  if (shot) await shot('camera')
  await touch(byId(page, 'capture-shoot'))
  await byId(page, 'capture-preview').waitFor()
  if (shot) await shot('preview')
  await touch(byId(page, 'capture-use'))
  await page.waitForURL(returnTo)
  await until(() => byId(page, `document-status-${kind}`).textContent(), (t) => t === '已上传', 30_000)
}

/** The album fallback: the capture page's 从相册选择 with a picture file the phone already has. */
export async function fromAlbum (page: Page, kind: string, file: { name: string, mimeType: string, buffer: Buffer }): Promise<void> {
  await touch(byId(page, `document-take-${kind}`))
  await page.waitForURL(/packages\/capture\/pages\/camera/)
  const consent = byId(page, 'capture-consent-agree')
  await Promise.race([consent.waitFor().catch(() => undefined), byId(page, 'capture-album').waitFor().catch(() => undefined)])
  if (await consent.isVisible()) await consent.tap()
  const chooser = page.waitForEvent('filechooser')
  await touch(byId(page, 'capture-album'))
  await (await chooser).setFiles(file)
  await byId(page, 'capture-preview').waitFor()
  await touch(byId(page, 'capture-use'))
  await page.waitForURL(/packages\/wizard\/pages\/start/)
  await until(() => byId(page, `document-status-${kind}`).textContent(), (t) => t === '已上传', 30_000)
}

/** Signs with a finger on the on-screen pad and confirms; waits for the upload. */
export async function sign (page: Page): Promise<void> {
  const canvas = byId(page, 'signature-canvas')
  await canvas.scrollIntoViewIfNeeded()
  const box = (await canvas.boundingBox())!
  await page.mouse.move(box.x + 30, box.y + box.height / 2)
  await page.mouse.down()
  for (let k = 1; k <= 20; k++) await page.mouse.move(box.x + 30 + k * 12, box.y + box.height / 2 + Math.sin(k / 2) * 30)
  await page.mouse.up()
  const uploaded = page.waitForResponse(async (r) => r.url().endsWith('/api/applicant') && (r.request().postData() ?? '').includes('"ingest-document"') && (await r.text()).includes('"kind":"signature"'))
  await touch(byId(page, 'signature-done'))
  await uploaded
  await visibleText(page, '已签名').waitFor()
}

/**
 * Waits until the page has finished arriving: its root is shown, no request is in flight for
 * half a second, and nothing on screen is still loading (skeletons carry aria-busy).
 */
export async function settled (page: Page): Promise<void> {
  await page.locator('.page >> visible=true').first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null
    const busy = Array.from(document.querySelectorAll('[aria-busy="true"]')).some(visible)
    const legacy = Array.from(document.querySelectorAll('.page .muted')).some((el) => visible(el) && /正在加载/.test(el.textContent ?? ''))
    return !busy && !legacy
  })
}

/** The ID number the individual journeys use (valid check digit). */
export const ID_NUMBER = '440783199001011230'

/** Step 1 for an individual who runs the account themself. */
export async function individualStep1 (page: Page): Promise<void> {
  await touch(byId(page, 'subject.type-individual'))
  await type(page, 'subject.name', '张三丰')
  await type(page, 'subject.idNumber', ID_NUMBER)
  await type(page, 'subject.phone', '13800138000')
  await pick(page, 'subject.town', '月山镇')
  await type(page, 'subject.address', '开平市月山镇桥湖路8号')
  await touch(byId(page, 'operator.sameAsSubject-same'))
}

/**
 * An individual files one 抖音 account from 首页 through the whole wizard: subject, account,
 * both ID photos with the fake camera, commitment and signature, submit. `shot` names each screen.
 */
export async function fileAsIndividual (page: Page, homeUrl: string, account: { name: string, id: string, placeHint?: string }, shot: (name: string) => Promise<void> = async () => undefined): Promise<void> {
  await page.goto(homeUrl)
  await byId(page, 'start-filing').waitFor()
  await shot('home')
  await touch(byId(page, 'start-filing'))
  await stepIs(page, 1)
  await individualStep1(page)
  await shot('step1-subject')
  await next(page, 2)

  await touch(byId(page, 'add-self_media'))
  await pick(page, 'accounts.0.platform', '抖音')
  await type(page, 'accounts.0.accountName', account.name)
  await type(page, 'accounts.0.accountId', account.id)
  await type(page, 'accounts.0.followers', '12800')
  await pick(page, 'accounts.0.openedOn')
  await pick(page, 'accounts.0.category')
  if (account.placeHint) await visibleText(page, account.placeHint).waitFor()
  await visibleText(page, '前完成备案').waitFor()
  await shot('step2-account')
  await next(page, 3)

  await byId(page, 'document-slot-id_front').waitFor()
  await shot('step3-documents-empty')
  await photograph(page, 'id_front', (s) => shot(`capture-front-${s}`))
  await photograph(page, 'id_back', (s) => shot(`capture-back-${s}`))
  await shot('step3-documents-done')
  await next(page, 4)

  await touch(byId(page, 'commitment-accept'))
  await sign(page)
  await shot('step4-preview-signed')
  await next(page, 5)
  await shot('step5-submit')
  await touch(byId(page, 'submit'))
  await byId(page, 'submit-done').waitFor()
  await shot('submitted')
}

/**
 * Touches `target` until the page is at `url`: a touch that lands while the page still settles can
 * be swallowed (seen once on a fresh clone: the self-check's 认领原备案 touched still, no navigation),
 * so it is repeated while the element is still there and the page has not moved on.
 */
export async function touchToOpen (target: Locator, url: RegExp): Promise<void> {
  const page = target.page()
  const end = Date.now() + STATE_WAIT_MS
  while (Date.now() < end) {
    if (url.test(page.url())) return
    try {
      await touch(target)
      await page.waitForURL(url, { timeout: 10_000 })
      return
    } catch {
      if (url.test(page.url())) return
    }
  }
  throw new Error(`touching never opened ${String(url)}`)
}

/**
 * Touches the middle of `target` once it holds still under the finger: scrolls it into view, waits
 * until it holds still, and checks that the point really is on the target (a page with pull-down refresh
 * wraps its content in an element Playwright's own tap takes for an obstacle).
 */
export async function touch (target: Locator): Promise<void> {
  // Touched only once it holds still (atRest): a touch while the page scrolls or re-lays out (slow
  // under load) only stops the scroll, and a late layout shift could turn "通过" into "退回".
  // After the touch, the finger's touchstart must have landed on the target; when the page moved
  // under it after all (seen on busy fresh clones: a picker, a link and a button each missed
  // once), the touch is repeated where the target now is.
  const page = target.page()
  const end = Date.now() + STATE_WAIT_MS
  while (Date.now() < end) {
    const box = await atRest(target)
    const point = await target.evaluate((el, box) => {
      const now = el.getBoundingClientRect()
      if (now.x !== box.x || now.y !== box.y) return null
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      const hit = document.elementFromPoint(x, y)
      if (hit === null || !(el === hit || el.contains(hit))) return null
      // Where this touch's touchstart and click land (a listener of an earlier touch ignores them).
      const w = window as unknown as { __touch?: { token: object, start?: boolean, click?: boolean } }
      const token = {}
      w.__touch = { token }
      const on = (e: Event) => e.target instanceof Node && (el === e.target || el.contains(e.target))
      document.addEventListener('touchstart', (e) => { if (w.__touch?.token === token) w.__touch.start = on(e) }, { capture: true, once: true })
      document.addEventListener('click', (e) => { if (w.__touch?.token === token) w.__touch.click = on(e) }, { capture: true, once: true })
      return { x, y }
    }, box)
    if (point === null) { await page.waitForTimeout(200); continue }
    await page.touchscreen.tap(point.x, point.y)
    const landed = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const t = (window as unknown as { __touch?: { start?: boolean, click?: boolean } }).__touch
      return t === undefined || (t.start !== false && t.click !== false)
    }).catch(() => true) // the touch opened another page: it landed
    if (landed) return
  }
  throw new Error('the element never settled under the finger')
}
