// Text that came from the network, made safe to print. A log line that starts with `::` is a
// workflow command the runner obeys, and `##[` is its older form (runner.md §3); a terminal
// obeys escape sequences, and a bare CR rewrites the line. So every such string is shown
// with its control characters escaped, and no line may start a command.

/**
 * Every C0 and C1 control character, DEL, the Unicode line and paragraph separators, and the
 * bidirectional controls, which can make a line read other than it is.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/** Control characters shown as escapes (`\n`, `\u001b`): the text stays on one line and inert. */
export function printable(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A line of ours that may hold network text: it cannot begin a workflow command. */
export function neutralizeCommands(line: string): string {
  return line.replace(/^(\s*)::/, '$1: :').replaceAll('##[', '## [')
}

/** Longest line a log gets: a name of 100 KB from a hostile server must not flood it. */
export const MAX_LINE_CHARS = 2000

/** One log line, whatever went into it: inert, on one line, and of bounded length. */
export function safeLine(text: string): string {
  const line = neutralizeCommands(printable(text))
  if (line.length <= MAX_LINE_CHARS) return line
  // Not between the two halves of a surrogate pair.
  const end = /[\ud800-\udbff]/.test(line[MAX_LINE_CHARS - 2]!) ? MAX_LINE_CHARS - 2 : MAX_LINE_CHARS - 1
  return `${line.slice(0, end)}…`
}
