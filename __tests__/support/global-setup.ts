// Every temporary directory the tests make (workspaces, caches, ini files) lands under one
// root that is removed when the run ends, whichever test made it and however it ended.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'almajob-tests-'))
  // os.tmpdir() reads TMPDIR; the test workers start after this and inherit it.
  process.env.TMPDIR = root
  return () => rmSync(root, { recursive: true, force: true })
}
