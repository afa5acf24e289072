import { Receipt } from '../../../../features/public/Receipt'

/** Route file: /packages/public/pages/receipt/index?n=<receipt number> (the report-closed message opens it). */
export default function ReceiptPage () {
  return <Receipt />
}
