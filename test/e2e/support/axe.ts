/** axe-core (pinned in package.json) injected into a page: its violations, for tests that check their own new states. */
import type { Page } from 'playwright-core'

const AXE = require.resolve('axe-core/axe.min.js')

export interface AxeViolation { id: string, impact: string | null, help: string, targets: string[] }

export async function axeViolations (page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, impact: string | null, help: string, nodes: Array<{ target: string[] }> }> }> } }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
}
