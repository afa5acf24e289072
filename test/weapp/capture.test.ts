import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

/**
 * The capture page of the capture subpackage on the real weapp build. The phone's camera,
 * canvas and file system are the outside world here: WeChat's APIs are replaced by fakes that
 * record what the page asked for and answer as a phone would.
 */
let cloud: LocalCloud
let page: LoadedPage

const frameListener = { start: jest.fn(), stop: jest.fn() }
let deliverFrame: ((f: { width: number, height: number, data: ArrayBuffer }) => void) | null = null
const takePhoto = jest.fn((o: { success: (r: { tempImagePath: string }) => void }) => o.success({ tempImagePath: 'wxfile://tmp/shot-3000x4000.jpg' }))
const fakeCamera = {
  takePhoto,
  onCameraFrame: jest.fn((cb: typeof deliverFrame) => { deliverFrame = cb; return frameListener })
}
const drawn: { images: unknown[][], texts: string[] } = { images: [], texts: [] }
const exports: Array<{ quality: number, width: number }> = []

function fakeOffscreenCanvas (o: { width: number, height: number }) {
  const ctx = {
    fillStyle: '', strokeStyle: '', lineWidth: 1, font: '', textAlign: '', textBaseline: '', lineJoin: '',
    drawImage: (...args: unknown[]) => { drawn.images.push(args) },
    fillRect: jest.fn(), save: jest.fn(), restore: jest.fn(), translate: jest.fn(), rotate: jest.fn(),
    fillText: (t: string) => { drawn.texts.push(t) }, strokeText: jest.fn(),
    measureText: (t: string) => ({ width: t.length * 40 })
  }
  return {
    width: o.width,
    height: o.height,
    getContext: () => ctx,
    createImage: () => {
      const img: any = { onload: null, onerror: null }
      Object.defineProperty(img, 'src', { set (v: string) { img._src = v; setTimeout(() => img.onload?.(), 0) }, get () { return img._src } })
      return img
    }
  }
}

/** A dark 64×48 RGBA frame, as onCameraFrame hands them over. */
function darkFrame () {
  const data = new Uint8Array(64 * 48 * 4)
  for (let i = 0; i < data.length; i += 4) { const v = (i / 4) % 2 === 0 ? 10 : 40; data[i] = v; data[i + 1] = v; data[i + 2] = v; data[i + 3] = 255 }
  return { width: 64, height: 48, data: data.buffer }
}

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  // Base libraries with the privacy guide have this API at launch, when Taro collects wx's APIs.
  require('miniprogram-simulate')
  const privacy = jest.fn((o: any) => o.success?.())
  ;(global as any).wx.requirePrivacyAuthorize = privacy
  bootApp(cloud.stub)
  const wx = wxApi()
  jest.spyOn(wx, 'createCameraContext').mockReturnValue(fakeCamera)
  jest.spyOn(wx, 'getImageInfo').mockImplementation((o: any) => { o.success?.({ width: 3000, height: 4000, path: o.src }) })
  jest.spyOn(wx, 'createOffscreenCanvas').mockImplementation(fakeOffscreenCanvas as any)
  jest.spyOn(wx, 'canvasToTempFilePath').mockImplementation((o: any) => {
    exports.push({ quality: o.quality, width: o.canvas.width })
    o.success?.({ tempFilePath: `wxfile://tmp/out-q${o.quality}.jpg` })
  })
  // 2000 px at 0.92 is 520 KB on this "phone", 0.86 → 380 KB: the page must settle for 0.86.
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    getFileInfo: (o: any) => o.success?.({ size: o.filePath.includes('q0.92') ? 520 * 1024 : 380 * 1024 })
  } as any)
  page = await openPage('packages/capture/pages/camera/index', { kind: 'id_front', req: 'req-weapp-1' })
})

afterAll(() => { page?.detach(); cloud?.close() })

describe('拍摄材料 (capture subpackage) on the weapp build', () => {
  test('when the camera page opens the first time, then the privacy consent is asked before any camera exists', () => {
    const text = page.text()
    expect(text).toContain('拍摄证件前请您知悉')
    expect(text).toContain('仅用于向开平市互联网信息办公室办理网络平台账号登记备案')
    expect(text).toContain('仅供开平市互联网信息办公室账号备案使用')
    expect(page.root.dom.querySelector('wx-camera')).toBeNull()
    expect(wxApi().createCameraContext).not.toHaveBeenCalled()
  })

  test('when the person agrees, then WeChat\'s privacy authorisation is asked and the camera opens with the ID card guide', async () => {
    await page.tap(page.byText('同意并继续')[0])
    await page.settle(80)
    expect(wxApi().requirePrivacyAuthorize).toHaveBeenCalled()
    expect(page.root.dom.querySelector('wx-camera')).not.toBeNull()
    expect(wxApi().createCameraContext).toHaveBeenCalled()
    expect(frameListener.start).toHaveBeenCalled()
    expect(page.text()).toContain('请将身份证人像面放入框内')
  })

  test('when a dark frame comes from the camera, then the hint says to move somewhere brighter', async () => {
    expect(deliverFrame).not.toBeNull()
    deliverFrame?.(darkFrame())
    // The hint follows an async quality check: wait for the render, not a fixed time.
    await page.eventually(() => expect(page.text()).toContain('光线太暗，请到明亮处'))
  })

  test('when the camera stops because WeChat went to the background, then the page does not call it a refused permission', async () => {
    const camera = page.root.dom.querySelector('wx-camera') as HTMLElement
    await page.trigger({ dom: camera, wx: (camera as any).__wxElement }, 'stop')
    await page.settle(50)
    expect(page.text()).not.toContain('无法打开摄像头')
    expect(page.text()).not.toContain('去设置')
    expect(page.root.dom.querySelector('wx-camera')).not.toBeNull()
  })

  test('when 拍照 is tapped, then takePhoto is called and the compressed preview names the watermark the server will add and offers 重拍 and 使用此照片', async () => {
    await page.tap(page.byText('拍照')[0])
    await page.settle(150)
    expect(takePhoto).toHaveBeenCalledTimes(1)
    const text = page.text()
    expect(text).toContain('请确认照片清晰、完整、无反光')
    expect(text).toContain('重拍')
    expect(text).toContain('使用此照片')
    // Cropped to the guide (a landscape card out of a portrait 3000×4000 photo), long side 2000.
    const [, sx, sy, sw, sh, , , dw, dh] = drawn.images[0] as number[]
    expect(sw / sh).toBeCloseTo(85.6 / 54, 1)
    expect(sx).toBeGreaterThan(0)
    expect(sy).toBeGreaterThan(0)
    expect(Math.max(dw, dh)).toBe(2000)
    // No text in the uploaded pixels (the server watermarks what it stores); the preview says what it will add.
    expect(drawn.texts).toEqual([])
    expect(text).toMatch(/上传后系统将在照片下方和照片上加注：仅供开平市互联网信息办公室账号备案使用 \d{4}-\d{2}-\d{2}/)
    // The first quality ≤ 400 KB was kept.
    expect(exports.map((e) => e.quality)).toEqual([0.92, 0.86])
    expect(text).toContain('380 KB')
    expect(text).toContain('拍摄时光线太暗，建议重拍')
  })

  test('when 重拍 is tapped, then the camera comes back for another shot', async () => {
    await page.tap(page.exact('重拍'))
    await page.settle(80)
    expect(page.text()).toContain('拍照')
    expect(page.text()).not.toContain('使用此照片')
    await page.tap(page.exact('拍照'))
    await page.settle(150)
    expect(takePhoto).toHaveBeenCalledTimes(2)
  })

  test('when 使用此照片 is tapped, then the page goes back to the form that opened it', async () => {
    const back = jest.spyOn(wxApi(), 'redirectTo')
    const navBack = jest.spyOn(wxApi(), 'navigateBack')
    await page.tap(page.exact('使用此照片'))
    await page.settle(50)
    expect(back.mock.calls.length + navBack.mock.calls.length).toBeGreaterThan(0)
  })
})
