import { Claim } from '../../../../features/claim/Claim'

/** 认领原备案 (code or old number + identity), then amend from 我的备案. */
export default function ClaimPage () {
  return <Claim />
}
