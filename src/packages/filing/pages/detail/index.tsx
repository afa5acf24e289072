import { useRouter } from '@tarojs/taro'
import { FilingDetailScreen } from '../../../../features/filings/FilingDetail'

export default function FilingDetailPage () {
  const { params } = useRouter()
  return <FilingDetailScreen id={params.id ?? ''} />
}
