// The Node the CLI and the library are built for: package.json's `engines` (a test keeps the two
// equal). On an older Node they would start and quietly behave otherwise, so they refuse.

export const MIN_NODE_MAJOR = 24

/** The one line that refuses an older Node, or undefined when this one will do. */
export function nodeVersionProblem(version: string = process.versions.node): string | undefined {
  const major = Number.parseInt(version, 10)
  if (Number.isInteger(major) && major >= MIN_NODE_MAJOR) return undefined
  return `almajob: needs Node ${MIN_NODE_MAJOR} or newer; this is Node ${version}`
}
