// Hostile texts from Alma, end to end through the bundles: workflow-command injection in the
// action's log (promise 1), a hostile instance id in the run answer (promise 7), and terminal
// escapes in the CLI's output (promise 11).
import { describe, expect, test } from 'vitest'
import {
  assertCleanAction,
  assertCleanCli,
  assertNoTerminalEscapes,
  INJECTIONS,
  plainJob,
  runHostileAction,
  runHostileCli,
  sendAlmaError,
  TERMINAL_ESCAPES,
  withAlma,
  type HostileAlma
} from './support/hostile.js'

const JOB = 'M11111'

/** The i-th payload, cycling. */
function payload(i: number): string {
  return INJECTIONS[i % INJECTIONS.length]!
}

/** Puts hostile texts into every text field of an instance: status, counters, alerts, job info, name. */
function plantInInstances(alma: HostileAlma, texts: readonly string[]): void {
  let served = 0
  alma.decorateInstance = (json) => {
    const at = served++
    const status = json.status as { value: string; desc: string }
    return {
      ...json,
      name: texts[at % texts.length],
      status: { value: status.value, desc: `${status.desc}${texts[(at + 1) % texts.length]}` },
      counter: texts.map((text, i) => ({ type: { value: `label.counter.${i}`, desc: text }, value: String(i) })),
      alert: texts.map((text, i) => ({ value: `alert_code_${i}`, desc: text })),
      job_info: { id: JOB, name: texts[(at + 2) % texts.length], link: `${alma.url}/conf/jobs/${JOB}` }
    }
  }
}

describe.concurrent('promise 1: no workflow command injection from Alma texts (action)', () => {
  test('list: job names and descriptions carrying commands start no log line', async () => {
    await withAlma({}, async (alma) => {
      alma.jobs = [
        ...INJECTIONS.map((name, i) => plainJob(`M${11111 + i}`, name, alma.url, { description: payload(i + 1) })),
        plainJob('M22222', 'Export Things & Stuff', alma.url)
      ]
      const run = await runHostileAction(alma, { cmd: 'list' })
      expect(run.exitCode).toBe(0)
      expect(JSON.parse(run.outputs.jobs ?? '[]')).toHaveLength(INJECTIONS.length + 1)
      expect(alma.count('listJobs')).toBe(1)
      expect(alma.count()).toBe(1)
      assertCleanAction(run, alma.key)
    })
  })

  test('run with wait: the Started line, progress lines and end lines start no command', async () => {
    await withAlma({ timeline: { queuedMs: 300, runningMs: 1200, end: 'COMPLETED_SUCCESS' } }, async (alma) => {
      alma.jobs = [plainJob(JOB, payload(0), alma.url, { description: payload(1) })]
      plantInInstances(alma, INJECTIONS)
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB, wait: 'true', 'poll-interval': '1s', timeout: '30s' })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('COMPLETED_SUCCESS')
      expect(run.outputs['instance-id']).toBe(alma.instances[0]?.id)
      expect(alma.count('runJob')).toBe(1)
      expect(alma.count('getInstance')).toBeGreaterThanOrEqual(2)
      expect(alma.count('getInstance')).toBeLessThanOrEqual(6)
      expect(alma.count('listJobs')).toBe(0)
      assertCleanAction(run, alma.key)
    })
  })

  test('status: status description, counters, alerts and job name start no command', async () => {
    await withAlma({}, async (alma) => {
      plantInInstances(alma, INJECTIONS)
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 0, end: 'COMPLETED_WARNING' })
      const run = await runHostileAction(alma, { cmd: 'status', job: JOB, id: instance.id })
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('COMPLETED_WARNING')
      expect(alma.count('getInstance')).toBe(1)
      expect(alma.count()).toBe(1)
      assertCleanAction(run, alma.key)
    })
  })

  test('instances: job and status texts of the recent runs start no command', async () => {
    await withAlma({}, async (alma) => {
      plantInInstances(alma, INJECTIONS)
      for (let i = 0; i < 3; i++) alma.addInstance(JOB, { queuedMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' })
      const run = await runHostileAction(alma, { cmd: 'instances', job: JOB })
      expect(run.exitCode).toBe(0)
      expect(JSON.parse(run.outputs.instances ?? '[]')).toHaveLength(3)
      expect(alma.count('listInstances')).toBe(1)
      expect(alma.count()).toBe(1)
      assertCleanAction(run, alma.key)
    })
  })

  test('a retried 503 whose error code carries a command starts no log line', async () => {
    await withAlma({}, async (alma) => {
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' })
      alma.on('getInstance', (ex) =>
        alma.count('getInstance') === 1
          ? sendAlmaError(ex.res, 503, 'ROUTING_ERROR\n::error::INJECTED', payload(2))
          : ex.fallback()
      )
      const run = await runHostileAction(alma, { cmd: 'status', job: JOB, id: instance.id })
      expect(run.exitCode).toBe(0)
      expect(alma.count('getInstance')).toBe(2)
      assertCleanAction(run, alma.key)
    })
  })
})

describe.concurrent('promise 7: a hostile instance id in the run answer', () => {
  const HOSTILE_LINK_TAIL = '$(touch x)%0Aset_id: 6666'

  function hostileRunAnswer(alma: HostileAlma): void {
    alma.decorateRunAnswer = (json) => {
      const info = json.additional_info as { value: string; link: string }
      return { ...json, additional_info: { ...info, link: `${alma.url}/conf/jobs/${JOB}/instances/${HOSTILE_LINK_TAIL}` } }
    }
  }

  test('action: instance-id is empty or digits, no file x, no newline-injected output', async () => {
    await withAlma({}, async (alma) => {
      hostileRunAnswer(alma)
      const run = await runHostileAction(alma, { cmd: 'run', job: JOB })
      expect([0, 1]).toContain(run.exitCode)
      const id = run.outputs['instance-id'] ?? ''
      expect(id === '' || /^\d+$/.test(id), `instance-id ${JSON.stringify(id)}`).toBe(true)
      if (run.exitCode === 0) expect(id).toMatch(/^\d+$/)
      expect(Object.keys(run.files).filter((path) => /(^|\/)x$/.test(path))).toEqual([])
      for (const [name, value] of Object.entries(run.outputs)) {
        expect(/\n\s*set_id/.test(value), `output ${name} = ${JSON.stringify(value)}`).toBe(false)
      }
      expect(alma.count('runJob')).toBe(1)
      assertCleanAction(run, alma.key)
    })
  })

  test('CLI: a suggested command never carries an unquoted $(', async () => {
    await withAlma({}, async (alma) => {
      hostileRunAnswer(alma)
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'run', '--job', JOB])
      expect([0, 1, 3]).toContain(run.exitCode)
      expect(alma.count('runJob')).toBe(1)
      const text = `${run.stdout}\n${run.stderr}`
      for (const line of text.split('\n').filter((l) => /almajob\s+--/.test(l))) {
        expect(unquotedSubstitution(line), `suggested command ${JSON.stringify(line)}`).toBe(false)
        const id = /--id\s+(\S+)/.exec(line)?.[1]
        if (id !== undefined) expect(/^\d+$/.test(id) || /^'[^']*'$/.test(id), `--id ${id}`).toBe(true)
      }
      assertCleanCli(run, alma.key)
    })
  })
})

/** Whether a shell line holds `$(` or a backtick outside single quotes (or a double-quoted `$(`). */
function unquotedSubstitution(line: string): boolean {
  let single = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === "'") single = !single
    else if (!single && (c === '`' || (c === '$' && line[i + 1] === '('))) return true
  }
  return false
}

describe.concurrent('promise 11: no terminal escapes from Alma texts (CLI)', () => {
  function plantTerminal(alma: HostileAlma): void {
    alma.jobs = TERMINAL_ESCAPES.map((name, i) =>
      plainJob(i === 0 ? JOB : `M${11112 + i}`, name, alma.url, {
        description: TERMINAL_ESCAPES[(i + 1) % TERMINAL_ESCAPES.length]
      })
    )
    plantInInstances(alma, TERMINAL_ESCAPES)
  }

  test('list', async () => {
    await withAlma({}, async (alma) => {
      plantTerminal(alma)
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'list'])
      expect(run.exitCode).toBe(0)
      expect(run.stdout.split('\n').filter((line) => line.startsWith('ID: '))).toHaveLength(TERMINAL_ESCAPES.length)
      expect(alma.count('listJobs')).toBe(1)
      assertNoTerminalEscapes(run.stdout, 'stdout')
      assertNoTerminalEscapes(run.stderr, 'stderr')
      assertCleanCli(run, alma.key)
    })
  })

  test('status', async () => {
    await withAlma({}, async (alma) => {
      plantTerminal(alma)
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 0, end: 'COMPLETED_SUCCESS' })
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'status', '--job', JOB, '--id', instance.id])
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(instance.id)
      expect(alma.count('getInstance')).toBe(1)
      expect(alma.count('runJob')).toBe(0)
      assertNoTerminalEscapes(run.stdout, 'stdout')
      assertNoTerminalEscapes(run.stderr, 'stderr')
      assertCleanCli(run, alma.key)
    })
  })

  test('status --wait: a status code that is itself a command starts no line of the progress display', async () => {
    await withAlma({}, async (alma) => {
      // No line break needed: the progress line begins with the status code (found in review).
      alma.decorateInstance = (json) => ({ ...json, status: { value: '::warning::INJECTED', desc: 'x' } })
      const instance = alma.addInstance(JOB, { queuedMs: 0, runningMs: 60_000, end: 'COMPLETED_SUCCESS' })
      const run = await runHostileCli(alma, [
        '--env',
        'sandbox',
        '--cmd',
        'status',
        '--job',
        JOB,
        '--id',
        instance.id,
        '--wait',
        '--timeout',
        '2s'
      ])
      expect(run.exitCode).toBe(1)
      expect(run.stderr).toContain('INJECTED')
      assertCleanCli(run, alma.key)
    })
  })

  test('instances', async () => {
    await withAlma({}, async (alma) => {
      plantTerminal(alma)
      for (let i = 0; i < 3; i++) alma.addInstance(JOB, { queuedMs: 0, runningMs: 0, end: 'COMPLETED_FAILED' })
      const run = await runHostileCli(alma, ['--env', 'sandbox', '--cmd', 'instances', '--job', JOB])
      expect(run.exitCode).toBe(0)
      expect(run.stdout.split('\n').filter((line) => line.startsWith('ID: '))).toHaveLength(3)
      expect(alma.count('listInstances')).toBe(1)
      assertNoTerminalEscapes(run.stdout, 'stdout')
      assertNoTerminalEscapes(run.stderr, 'stderr')
      assertCleanCli(run, alma.key)
    })
  })
})
