// fast-xml-parser, loaded the first time XML turns up instead of at start: it is a third of the
// action's bundle, and most runs see JSON only (the client asks for JSON, alma-api.md §1; an
// error may still come as XML, §7.10).
// Bundled, the `import()` below gives it a chunk of its own, read only when loaded.
import { createRequire } from 'node:module'
import type { ValidationError, X2jOptions } from 'fast-xml-parser'

type FastXml = typeof import('fast-xml-parser')

let fastXml: FastXml | undefined

/** Loads the parser (once). Whoever may wait calls this before XML reaches the sync parsers. */
export async function loadXmlParser(): Promise<void> {
  fastXml ??= await import('fast-xml-parser')
}

/**
 * The parser for code that cannot wait (a parameters input, a webhook body). Every bundle loads
 * it first wherever XML can come in (the action, the CLI, the relay, and the library at import),
 * since installed bundles have no node_modules. Not loaded yet, it is taken from node_modules:
 * that is only the case for the sources run in this repository (tests, bench, tsx).
 */
function loaded(): FastXml {
  if (fastXml) return fastXml
  try {
    fastXml = createRequire(import.meta.url)('fast-xml-parser') as FastXml
  } catch {
    throw new Error('the XML parser was not loaded before XML was read (call loadXmlParser first)')
  }
  return fastXml
}

/** fast-xml-parser's validator: true, or where and why the XML is not well-formed. */
export function validateXml(xml: string): true | ValidationError {
  return loaded().XMLValidator.validate(xml)
}

/** A parser with these options, built on first use. */
export function lazyXmlParser(options: X2jOptions): { parse(xml: string): unknown } {
  let parser: InstanceType<FastXml['XMLParser']> | undefined
  return { parse: (xml) => (parser ??= new (loaded().XMLParser)(options)).parse(xml) as unknown }
}

/** Whether text (after leading white space and a byte-order mark) is XML to a parser that looks at its first character. */
export function looksLikeXml(text: string): boolean {
  return text.trimStart().startsWith('<')
}
