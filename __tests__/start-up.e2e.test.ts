// What the bundled action loads at start: fast-xml-parser is in a chunk of its own, read only
// when XML comes in (an answer, the wizard's XML in `parameters`), so a status by id over JSON
// runs from a copy of dist/ that has no chunk at all, and so does report, which calls nobody
// and needs neither the XML parser nor @actions/cache. The copies sit in a temporary directory,
// with no node_modules above them, as dist/ sits on a runner.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startSimulator, WELL_KNOWN_JOBS, type Simulator } from '../sim/index.js'
import { AlmaClient } from '../src/alma/index.js'
import { ACTION_BUNDLE, errorLines, runAction } from './support/action.js'

/** A message only fast-xml-parser's validator holds: where it is, the parser is. */
const XML_PARSER_TEXT = "Invalid space after '<'"
const JOB = WELL_KNOWN_JOBS.exportThingsAndStuff
const XML_PARAMETERS =
  '<job><parameters><parameter><name>set_id</name><value>7777000000001234</value></parameter></parameters></job>'

let sim: Simulator
let root: string
const dist = dirname(ACTION_BUNDLE)
const chunks = readdirSync(dist).filter((file) => /^\d+\.index\.js$/.test(file))
let whole: string
let noChunks: string

beforeAll(async () => {
  sim = await startSimulator()
  sim.faults.throttle = false
  root = mkdtempSync(join(tmpdir(), 'almajob-start-up-'))
  const copy = (name: string, keep: (file: string) => boolean): string => {
    cpSync(dist, join(root, name), { recursive: true, filter: (source) => keep(source) })
    return join(root, name, 'index.js')
  }
  whole = copy('whole', () => true)
  noChunks = copy('no-chunks', (source) => !chunks.some((chunk) => source.endsWith(`/${chunk}`)))
})
afterAll(async () => {
  if (root) rmSync(root, { recursive: true, force: true })
  await sim?.close()
})
beforeEach(() => {
  sim.resetCounts()
  sim.faults.xmlErrors = false
})

const inputs = (extra: Record<string, string>) => ({ 'api-key': sim.apiKey, 'base-url': sim.url, cache: 'false', ...extra })

async function newInstance(): Promise<string> {
  const client = new AlmaClient({ apiKey: sim.apiKey, baseUrl: sim.url })
  try {
    return (await client.runJob(JOB, [])).instanceId
  } finally {
    client.close()
  }
}

describe('the XML parser is a chunk of its own', () => {
  test('the bundle does not hold it; exactly one chunk does', () => {
    expect(readFileSync(ACTION_BUNDLE, 'utf8')).not.toContain(XML_PARSER_TEXT)
    expect(chunks.filter((chunk) => readFileSync(join(dist, chunk), 'utf8').includes(XML_PARSER_TEXT))).toHaveLength(1)
  })

  test('status by job id and instance id runs without any chunk: the same outputs, one call', async () => {
    const id = await newInstance()
    sim.resetCounts()
    const bare = await runAction({ inputs: inputs({ cmd: 'status', job: JOB, id }), bundle: noChunks })
    expect(bare.stderr).toBe('')
    expect(bare.exitCode).toBe(0)
    expect(sim.counts).toMatchObject({ getInstance: 1, total: 1 })
    const full = await runAction({ inputs: inputs({ cmd: 'status', job: JOB, id }), bundle: whole })
    expect(full.exitCode).toBe(0)
    expect(bare.outputs).toEqual(full.outputs)
  })

  test('an XML error answer is read as a JSON one is, the parser loaded on the way', async () => {
    const asked = { cmd: 'status', job: JOB, id: '9999999999999999' }
    const json = await runAction({ inputs: inputs(asked), bundle: whole })
    sim.faults.xmlErrors = true
    const xml = await runAction({ inputs: inputs(asked), bundle: whole })
    expect(errorLines(json)).toHaveLength(1)
    expect(errorLines(json)[0]).toContain('402218: Invalid job instance id')
    // The same line but for the tracking id, which is new on every answer.
    const untracked = (lines: string[]) => lines.map((line) => line.replace(/tracking id \S+/, 'tracking id …'))
    expect(untracked(errorLines(xml))).toEqual(untracked(errorLines(json)))
    expect(xml.exitCode).toBe(1)
  })

  test('the same XML answer without the chunk fails (so the parser did come from the chunk)', async () => {
    sim.faults.xmlErrors = true
    const run = await runAction({ inputs: inputs({ cmd: 'status', job: JOB, id: '9999999999999999' }), bundle: noChunks })
    expect(run.exitCode).toBe(1)
    expect(errorLines(run).join('\n')).not.toContain('402218: Invalid job instance id')
  })

  test('report runs without any chunk and calls nobody', async () => {
    const id = await newInstance()
    const answer = await fetch(`${sim.url}/conf/jobs/${JOB}/instances/${id}`, {
      headers: { authorization: `apikey ${sim.apiKey}`, accept: 'application/json' }
    })
    // The relay's dispatch (runner.md §7, §8): client_payload is Alma's JOB_END body (alma-api.md §10).
    const jobEnd = { id: '1', action: 'JOB_END', time: new Date().toISOString(), job_instance: await answer.json() }
    sim.resetCounts()
    const run = await runAction({
      inputs: { cmd: 'report', job: JOB, 'base-url': sim.url },
      event: JSON.stringify({ action: 'alma-job-end', client_payload: jobEnd }),
      bundle: noChunks
    })
    expect(run.stderr).toBe('')
    expect(errorLines(run)).toEqual([])
    expect(run.outputs).toMatchObject({ matched: 'true', 'instance-id': id })
    expect(sim.counts.total).toBe(0)
  })

  test("the wizard's XML in parameters is read before the settings", async () => {
    const run = await runAction({ inputs: inputs({ cmd: 'run', job: JOB, parameters: XML_PARAMETERS }), bundle: whole })
    expect(errorLines(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs['instance-id']).toMatch(/^\d+$/)
    expect(sim.counts).toMatchObject({ runJob: 1, total: 1 })
  })
})
