// Reading the project's Markdown the way the docs tests need: fenced code blocks, the table under
// a heading, headings as GitHub anchors, and relative links.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** README, the other top-level pages, and everything under docs/. */
export function markdownFiles(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].filter((file) => existsSync(file))
  const docs = existsSync('docs')
    ? readdirSync('docs', { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.md'))
        .map((file) => join('docs', file))
    : []
  return [...top, ...docs.sort()]
}

export interface CodeBlock {
  file: string
  /** 1-based line of the opening fence. */
  line: number
  lang: string
  /** The block's text, its fence's indentation removed (blocks inside list items are indented). */
  text: string
}

export function codeBlocks(file: string, markdown = readFileSync(file, 'utf8')): CodeBlock[] {
  const lines = markdown.split('\n')
  const blocks: CodeBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!)
    if (!open) continue
    const [, indent, fence, lang] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && !new RegExp(`^\\s*${fence}\\s*$`).test(lines[j]!); j++) {
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!.trimStart())
    }
    blocks.push({ file, line: i + 1, lang: lang!.toLowerCase(), text: body.join('\n') })
    i = j
  }
  return blocks
}

/** Markdown outside fenced blocks, so a `#` comment in a shell block is not taken for a heading. */
export function prose(markdown: string): string {
  return markdown.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\s*\2\s*$/gm, '')
}

/** The rows of the first table after `heading` (the header row and the --- row left out), cells trimmed. */
export function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === heading)
  if (start < 0) throw new Error(`no heading "${heading}"`)
  let i = start + 1
  while (i < lines.length && !lines[i]!.trimStart().startsWith('|')) {
    if (/^#{1,6} /.test(lines[i]!)) throw new Error(`no table under "${heading}"`)
    i++
  }
  const rows: string[][] = []
  for (; i < lines.length && lines[i]!.trimStart().startsWith('|'); i++) rows.push(splitRow(lines[i]!))
  return rows.slice(2)
}

function splitRow(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
  return cells.map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

/** `` `name` `` → name; anything else → undefined. */
export function codeSpan(cell: string): string | undefined {
  return /^`([^`]+)`$/.exec(cell)?.[1]
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    result.add(count === 0 ? base : `${base}-${count}`)
  }
  return result
}

/** Links and images with a relative target: `[text](path#anchor)`. */
export function relativeLinks(markdown: string): { target: string; anchor?: string }[] {
  const links: { target: string; anchor?: string }[] = []
  for (const match of prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)) {
    const href = match[1]!
    if (/^[a-z]+:/i.test(href)) continue
    const [target, anchor] = href.split('#') as [string, string | undefined]
    links.push({ target, anchor })
  }
  return links
}
