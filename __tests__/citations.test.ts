// Every citation in a code comment leads to a page of this repository and, for the numbered pages
// of docs/, to a heading with that number. A citation is a Markdown file name (`runner.md`,
// `docs/runner.md`, `README.md`), optionally followed by sections (`runner.md §4`, `§3.3, §6`,
// `§7.1–7.10`); a section sign that follows no file name is the project's shorthand for
// docs/alma-api.md. Only comments count: a section sign inside a string is text, not a citation.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { prose } from './support/markdown.js'

/** Where code may cite from, and the shell script CI runs. */
const SOURCE_DIRS = ['src', 'sim', 'bench', 'scripts', '__tests__']
const SHELL_FILES = ['.ci/run']
const SOURCE_FILE = /\.(?:ts|js|mjs|cjs)$/
const SKIPPED_DIRS = new Set(['node_modules', 'dist'])

/** The page a bare section sign means. */
const DEFAULT_DOC = 'docs/alma-api.md'

/** Research notes that live outside the repository, and the page that holds what they said. */
const OUTSIDE_NOTES: Record<string, string> = {
  'alma-jobs-api.md': 'docs/alma-api.md',
  'action-conventions.md': 'docs/runner.md'
}

interface CommentLine {
  line: number
  text: string
}

interface Citation {
  line: number
  /** Where on the line it starts, to keep citations in reading order. */
  column: number
  /** As written: `runner.md §4`, `§7.12`, `README.md`. */
  text: string
  /** The file as written; undefined for a bare section sign. */
  file?: string
  /** Each cited section; both ends of a range. */
  sections: string[]
}

interface Problem {
  file: string
  line: number
  citation: string
  reason: string
}

const SECTION = String.raw`§\s?(\d+(?:\.\d+)*)(?:\s?[–-]\s?§?\s?(\d+(?:\.\d+)*))?`
/** A file name or relative path ending in .md, not part of a longer path or word. */
const DOC_NAME = /(?<![\w./-])((?:\.{1,2}\/|\/)?(?:[\w.-]+\/)*[\w-][\w.-]*\.md)\b/g
const FIRST_SECTION = new RegExp(String.raw`\s*${SECTION}`, 'y')
const NEXT_SECTION = new RegExp(String.raw`\s*(?:,|/|\band\b)\s*${SECTION}`, 'y')
const ANY_SECTION = new RegExp(SECTION, 'y')

// ---- comments ---------------------------------------------------------------------------

/** Keywords after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await'
])

/**
 * The comments of a JavaScript or TypeScript source, one entry per line of comment text (a block
 * comment gives one entry per line it spans). A small lexer: strings, template literals (with
 * `${…}` nested to any depth) and regular expression literals are skipped, so `'//'` or `"§4"` in
 * them is never taken for a comment. A string or regex that does not end on its line ends there,
 * which keeps a misreading from spreading.
 */
export function jsComments(source: string): CommentLine[] {
  const out: CommentLine[] = []
  const templateDepths: number[] = [] // one entry per open `${`: the `{` nesting inside it
  let line = 1
  let i = 0
  let regexAllowed = true
  let word = ''

  const skipQuoted = (quote: string): void => {
    i++
    while (i < source.length && source[i] !== quote && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1
    if (source[i] === quote) i++
  }
  /** From just after a backtick (or a `}` closing `${`): to the closing backtick, or into `${`. */
  const skipTemplate = (): void => {
    while (i < source.length) {
      const c = source[i]
      if (c === '\\') i += 2
      else if (c === '`') {
        i++
        return
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2
        templateDepths.push(0)
        return
      } else {
        if (c === '\n') line++
        i++
      }
    }
  }
  const skipRegex = (): void => {
    let inClass = false
    i++
    while (i < source.length && source[i] !== '\n') {
      const c = source[i]
      if (c === '\\') i++
      else if (c === '[') inClass = true
      else if (c === ']') inClass = false
      else if (c === '/' && !inClass) break
      i++
    }
    i++
    while (/[a-z]/i.test(source[i] ?? '')) i++
  }

  while (i < source.length) {
    const c = source[i]!
    const next = source[i + 1]
    if (c === '\n') {
      line++
      i++
    } else if (/\s/.test(c)) {
      i++
    } else if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i)
      out.push({ line, text: source.slice(i + 2, end < 0 ? source.length : end) })
      i = end < 0 ? source.length : end
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2)
      const end = close < 0 ? source.length : close
      for (const [offset, text] of source
        .slice(i + 2, end)
        .split('\n')
        .entries())
        out.push({ line: line + offset, text })
      line += source.slice(i, end).split('\n').length - 1
      i = close < 0 ? source.length : close + 2
    } else if (c === '"' || c === "'") {
      skipQuoted(c)
      regexAllowed = false
      word = ''
    } else if (c === '`') {
      i++
      skipTemplate()
      regexAllowed = false
      word = ''
    } else if (c === '/') {
      if (regexAllowed || BEFORE_REGEX.has(word)) {
        skipRegex()
        regexAllowed = false
      } else {
        i++
        regexAllowed = true
      }
      word = ''
    } else if (c === '{' && templateDepths.length > 0) {
      templateDepths[templateDepths.length - 1]!++
      i++
      regexAllowed = true
      word = ''
    } else if (c === '}' && templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === 0) {
      templateDepths.pop()
      i++
      skipTemplate()
      regexAllowed = false
      word = ''
    } else if (/[\w$]/.test(c)) {
      const start = i
      while (i < source.length && /[\w$]/.test(source[i]!)) i++
      word = source.slice(start, i)
      regexAllowed = BEFORE_REGEX.has(word)
    } else {
      if (c === '}' && templateDepths.length > 0) templateDepths[templateDepths.length - 1]!--
      // After `)` or `]` a slash divides; after `}` (mostly a block's end) or an operator it starts a regex.
      regexAllowed = c !== ')' && c !== ']'
      word = ''
      i++
    }
  }
  return out
}

/** The `#` comments of a shell script: a `#` at the start of a word, outside quotes. */
export function shellComments(source: string): CommentLine[] {
  const out: CommentLine[] = []
  for (const [index, text] of source.split('\n').entries()) {
    if (index === 0 && text.startsWith('#!')) continue
    let quote = ''
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!
      if (quote) {
        if (c === '\\' && quote === '"') i++
        else if (c === quote) quote = ''
      } else if (c === '\\') i++
      else if (c === '"' || c === "'") quote = c
      else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
        out.push({ line: index + 1, text: text.slice(i + 1) })
        break
      }
    }
  }
  return out
}

// ---- citations --------------------------------------------------------------------------

/** The citations in one line of comment text. Web addresses are links, not citations. */
export function citationsIn({ line, text }: CommentLine): Citation[] {
  const comment = text.replace(/\b[a-z][a-z+.-]*:\/\/\S+/gi, (url) => ' '.repeat(url.length))
  const citations: Citation[] = []
  const taken: [number, number][] = [] // spans of section signs that follow a file name
  for (const match of comment.matchAll(DOC_NAME)) {
    const sections: string[] = []
    let end = match.index + match[0].length
    for (const pattern of [FIRST_SECTION, NEXT_SECTION]) {
      for (;;) {
        pattern.lastIndex = end
        const section = pattern.exec(comment)
        if (!section) break
        sections.push(section[1]!, ...(section[2] ? [section[2]] : []))
        end = pattern.lastIndex
        if (pattern === FIRST_SECTION) break
      }
      if (sections.length === 0) break
    }
    taken.push([match.index, end])
    citations.push({ line, column: match.index, text: comment.slice(match.index, end).trim(), file: match[1], sections })
  }
  for (let at = comment.indexOf('§'); at >= 0; at = comment.indexOf('§', at + 1)) {
    if (taken.some(([start, end]) => at >= start && at < end)) continue
    ANY_SECTION.lastIndex = at
    const section = ANY_SECTION.exec(comment)
    if (section) taken.push([at, ANY_SECTION.lastIndex]) // a range's second sign is part of it
    const sections = section ? [section[1]!, ...(section[2] ? [section[2]] : [])] : []
    citations.push({ line, column: at, text: section ? section[0] : comment.slice(at, at + 12).trim(), sections })
  }
  return citations.sort((a, b) => a.column - b.column)
}

/** The numbers of a page's numbered headings: `## 7. Quirks` → 7, `### 7.12 Right after` → 7.12. */
function headingNumbers(markdown: string): Set<string> {
  return new Set([...prose(markdown).matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)(?=[.\s]|$)/gm)].map((match) => match[1]!))
}

/** Repository-relative path of a cited file, or why there is none. */
function resolveDoc(file: string, root: string): { path: string } | { problem: string } {
  const parts = file.split('/')
  const name = parts[parts.length - 1]!
  const moved = OUTSIDE_NOTES[name]
  if (moved) return { problem: `a research note outside the repository; its content is in ${moved}` }
  if (file.startsWith('/') || parts.includes('..')) return { problem: 'a path outside the repository' }
  const path = parts.filter((part) => part !== '.').join('/')
  if (!path.includes('/')) {
    for (const candidate of [`docs/${path}`, path]) if (existsSync(join(root, candidate))) return { path: candidate }
    return { problem: 'no such file in docs/ or at the repository root' }
  }
  if (!path.startsWith('docs/') || path.split('/').length !== 2)
    return { problem: 'not a page of docs/ or of the repository root' }
  return existsSync(join(root, path)) ? { path } : { problem: 'no such file in docs/' }
}

export interface CheckResult {
  citations: number
  problems: Problem[]
}

/** Checks the citations of one source file (JavaScript/TypeScript, or shell when `shell`). */
export function checkSource(file: string, source: string, root = '.', shell = false): CheckResult {
  const headings = new Map<string, Set<string>>()
  const numbered = (path: string): Set<string> => {
    let found = headings.get(path)
    if (!found) headings.set(path, (found = headingNumbers(readFileSync(join(root, path), 'utf8'))))
    return found
  }
  const problems: Problem[] = []
  let citations = 0
  for (const comment of shell ? shellComments(source) : jsComments(source)) {
    for (const citation of citationsIn(comment)) {
      citations++
      const problem = (reason: string): void => {
        problems.push({ file, line: citation.line, citation: citation.text, reason })
      }
      if (citation.file === undefined && citation.sections.length === 0) {
        problem('a section sign without a section number')
        continue
      }
      const doc = citation.file === undefined ? { path: DEFAULT_DOC } : resolveDoc(citation.file, root)
      if ('problem' in doc) {
        problem(doc.problem)
        continue
      }
      // Only the pages of docs/ have numbered sections; a root page (README …) need only exist.
      if (!doc.path.startsWith('docs/')) continue
      if (!existsSync(join(root, doc.path))) {
        problem(`no such file ${doc.path}`)
        continue
      }
      const missing = citation.sections.filter((section) => !numbered(doc.path).has(section))
      if (missing.length > 0) {
        const where = citation.file === undefined ? ` (a bare section sign means ${DEFAULT_DOC})` : ''
        problem(`${doc.path} has no heading numbered ${missing.join(', ')}${where}`)
      }
    }
  }
  return { citations, problems }
}

/** Every source file that may cite, tracked or not; node_modules and dist left out. */
function sourceFiles(root = '.'): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    let entries
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path)
      } else if (SOURCE_FILE.test(entry.name)) files.push(path)
    }
  }
  for (const dir of SOURCE_DIRS) walk(dir)
  return files
}

function checkTree(root = '.'): CheckResult {
  const result: CheckResult = { citations: 0, problems: [] }
  const files = [
    ...sourceFiles(root).map((file) => ({ file, shell: false })),
    ...SHELL_FILES.map((file) => ({ file, shell: true }))
  ]
  for (const { file, shell } of files) {
    let source: string
    try {
      source = readFileSync(join(root, file), 'utf8')
    } catch {
      continue // removed while the tree was read (a test's scratch file)
    }
    const found = checkSource(file, source, root, shell)
    result.citations += found.citations
    result.problems.push(...found.problems)
  }
  return result
}

/** One line per problem, `file:line: citation — reason`, under a count per reason. */
function listing(problems: Problem[]): string {
  const byReason = new Map<string, number>()
  for (const { reason } of problems) byReason.set(reason, (byReason.get(reason) ?? 0) + 1)
  return [
    `${problems.length} citations in code comments lead nowhere:`,
    ...[...byReason].map(([reason, count]) => `  ${count} × ${reason}`),
    '',
    ...problems.map(({ file, line, citation, reason }) => `${file}:${line}: ${citation} — ${reason}`),
    ''
  ].join('\n')
}

// ---- tests ------------------------------------------------------------------------------

describe('citations in code comments', () => {
  test('the checker catches bad citations in comments and ignores strings', () => {
    const sample = [
      '// fine: alma-api.md §7.12, §3.3 and runner.md §4; README.md; docs/runner.md §3; bare §7.1–7.19',
      "const text = 'not a comment: alma-jobs-api.md §3 // nor this §99' + `${'/*'} §98 */`",
      'const pattern = /\\/\\/ §97/g',
      '/* a moved note: action-conventions.md §3',
      ' * and the next line: §99 */',
      '// outside: ../shared/alma-jobs-api.md, notes/design.md, nowhere.md, docs/nowhere.md',
      '// ranges check both ends: §7.1-§7.99; alma-api.md §42; runner.md §3.1',
      '// § design: no number',
      'const url = "see https://example.com/a/README.md §99" // https://example.com/b/CHANGES.md is a link'
    ].join('\n')
    const { citations, problems } = checkSource('sample.ts', sample)
    expect(problems.map(({ line, citation }) => `${line}: ${citation}`)).toEqual([
      '4: action-conventions.md §3',
      '5: §99',
      '6: ../shared/alma-jobs-api.md',
      '6: notes/design.md',
      '6: nowhere.md',
      '6: docs/nowhere.md',
      '7: §7.1-§7.99',
      '7: alma-api.md §42',
      '7: runner.md §3.1',
      '8: § design: no'
    ])
    expect(problems[0]!.reason).toContain('docs/runner.md')
    expect(problems[6]!.reason).toBe('docs/alma-api.md has no heading numbered 7.99 (a bare section sign means docs/alma-api.md)')
    expect(citations).toBe(5 + problems.length)
  })

  test('a shell script’s # comments are read, its strings are not', () => {
    const script = ['#!/usr/bin/env bash', '# see notes/design.md', 'echo "# README.md §1 is text" # runner.md §3'].join('\n')
    expect(shellComments(script)).toEqual([
      { line: 2, text: ' see notes/design.md' },
      { line: 3, text: ' runner.md §3' }
    ])
  })

  const tree = checkTree()

  test('the tree has citations to check (the checker is not reading nothing)', () => {
    expect(tree.citations).toBeGreaterThanOrEqual(100)
  })

  test('every citation leads to a page of the repository and a section it has', () => {
    expect(tree.problems.length, listing(tree.problems)).toBe(0)
  })
})

describe('the pages code comments cite', () => {
  test.each([
    ['docs/alma-api.md', ['1', '2', '3', '3.1', '3.5', '4', '5', '6', '7', '7.1', '7.19', '8', '9', '10']],
    ['docs/runner.md', ['1', '2', '3', '4', '5', '6']]
  ])('%s keeps its numbered sections', (path, sections) => {
    const numbers = headingNumbers(readFileSync(path, 'utf8'))
    for (const section of sections) expect(numbers, `${path} §${section}`).toContain(section)
  })
})
