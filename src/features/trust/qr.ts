/** The QR pieces other screens draw or scan with (outreach's check-in code): import from subpackages only. */
export { QrCode } from './QrCode'
export { ScanView, type ScanViewProps } from './ScanView'
