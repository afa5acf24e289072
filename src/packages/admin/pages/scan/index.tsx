import { ScanScreen } from '../../../../features/trust/certificates'

/** Staff: check a 备案证明 an operator shows (wx.scanCode on weapp; camera + jsQR on h5). */
export default function ScanPage () {
  return <ScanScreen />
}
