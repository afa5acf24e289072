// ESLint rule `app/layers`: imports in the mini-program flow one way, and features talk to each
// other only through their public index.
//   src/core ← src/config, src/services ← src/features ← src/pages, src/packages, src/app
//   - src/features/<a> may import src/features/<b> only as '…/features/<b>' (its index.ts), never
//     a file inside it; src/features/ui is shared and imports no other feature;
//   - src/services and src/config import no feature, page or app code; features import no page.
// Relative specifiers and the '@/' alias are resolved against the importing file; packages are
// left to no-restricted-imports.
import path from 'node:path'

const ROOT = process.cwd()

function resolveSpecifier (fromFile, spec) {
  if (spec.startsWith('@/')) return path.posix.join('src', spec.slice(2))
  if (!spec.startsWith('.')) return null
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec))
}

const isApp = (p) => /^src\/(pages|packages)(\/|$)/.test(p) || /^src\/app(\.[\w.]+)?$/.test(p)

export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'One-way imports in src, and features only through their public index' },
    schema: [],
    messages: {
      internals: "'{{from}}' may use feature '{{to}}' only through its public index (import '…/features/{{to}}'); move what both need to src/features/ui or export it from {{to}}/index.ts.",
      sharedUi: "src/features/ui is shared by every feature and imports none ('{{to}}'); move the piece into ui or pass it in.",
      upward: "{{layer}} must not import {{target}}: imports flow core ← config, services ← features ← pages."
    }
  },
  create (context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/')
    if (!file.startsWith('src/')) return {}
    const fromFeature = /^src\/features\/([^/]+)\//.exec(file)?.[1]
    const layer = /^src\/(services|config)\//.exec(file)?.[1]
    const check = (node) => {
      const spec = node.source?.value
      if (typeof spec !== 'string') return
      const target = resolveSpecifier(file, spec)
      if (target === null) return
      const toFeature = /^src\/features\/([^/]+)(?:\/(.*))?$/.exec(target)
      if (layer !== undefined && (toFeature || isApp(target))) {
        context.report({ node: node.source, messageId: 'upward', data: { layer: `src/${layer}`, target } })
        return
      }
      if (fromFeature === undefined) return
      if (isApp(target)) {
        context.report({ node: node.source, messageId: 'upward', data: { layer: `src/features/${fromFeature}`, target } })
        return
      }
      if (!toFeature || toFeature[1] === fromFeature) return
      if (fromFeature === 'ui') {
        context.report({ node: node.source, messageId: 'sharedUi', data: { to: toFeature[1] } })
        return
      }
      const inner = toFeature[2]
      if (inner !== undefined && !/^index(\.tsx?)?$/.test(inner)) {
        context.report({ node: node.source, messageId: 'internals', data: { from: `features/${fromFeature}`, to: toFeature[1] } })
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
  }
}

export default { rules: { layers } }
