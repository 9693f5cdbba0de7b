// XML/JSON → types, error bodies of every §5 variant, instance id extraction (alma-api.md §3, §5, §7).
import { describe, expect, test } from 'vitest'
import {
  BodyParseError,
  instanceIdFrom,
  parseBody,
  parseErrorBody,
  MAX_NOTES_PER_INSTANCE,
  toInstance,
  toInstanceFromEnvelope,
  toInstancePage,
  toJobEndEvent,
  toJob,
  toJobPage,
  toRunResponse,
  toStatusTable
} from '../src/alma/parse.js'
import { AlmaError, errorFromAnswer, redact } from '../src/alma/errors.js'
import { classifyStatus, STATUS_DESCRIPTIONS } from '../src/alma/statuses.js'
import { isJobId } from '../src/alma/client.js'

const XML = 'application/xml;charset=UTF-8'
const JSON_CT = 'application/json;charset=UTF-8'
const BIG_ID = '9563643080000561' // above Number.MAX_SAFE_INTEGER (§7.4)

describe('job lists', () => {
  test('a one-job XML list is an array of one, with attributes as {value, desc}', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<jobs total_record_count="1">
  <job link="https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111">
    <id>M11111</id><name>Export Things &amp; Stuff</name><description/>
    <type desc="Manual">MANUAL</type><category desc="Normalization">NORMALIZATION</category>
  </job>
</jobs>`
    const page = toJobPage(parseBody(xml, XML))
    expect(page.total).toBe(1)
    expect(page.items).toEqual([
      {
        id: 'M11111',
        name: 'Export Things & Stuff',
        description: '',
        type: { value: 'MANUAL', desc: 'Manual' },
        category: { value: 'NORMALIZATION', desc: 'Normalization' },
        parameters: [],
        link: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111'
      }
    ])
  })

  test('the same list in JSON gives the same job', () => {
    const json = JSON.stringify({
      total_record_count: 1,
      job: [
        {
          id: 'M11111',
          name: 'Export Things & Stuff',
          description: '',
          type: { value: 'MANUAL', desc: 'Manual' },
          category: { value: 'NORMALIZATION', desc: 'Normalization' },
          link: 'https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111'
        }
      ]
    })
    const xml =
      '<jobs total_record_count="1"><job link="https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111"><id>M11111</id><name>Export Things &amp; Stuff</name><description></description><type desc="Manual">MANUAL</type><category desc="Normalization">NORMALIZATION</category></job></jobs>'
    expect(toJobPage(parseBody(json, JSON_CT))).toEqual(toJobPage(parseBody(xml, XML)))
  })

  test('zero-count lists: XML empty root, JSON with only the count', () => {
    expect(toJobPage(parseBody('<jobs total_record_count="0"/>', XML))).toEqual({ total: 0, items: [] })
    expect(toJobPage(parseBody('{"total_record_count":0}', JSON_CT))).toEqual({ total: 0, items: [] })
    expect(toInstancePage(parseBody('<job_instances total_record_count="0"></job_instances>', XML))).toEqual({
      total: 0,
      items: []
    })
  })

  test('a body that is no list is a parse error, not an empty list', () => {
    expect(() => toJobPage(parseBody('{"foo":1}', JSON_CT))).toThrow(BodyParseError)
  })

  test('§7.17: a bare <jobs/> or <job_instances/> with no count is an empty list', () => {
    for (const xml of ['<jobs/>', '<jobs></jobs>', '<?xml version="1.0"?>\n<jobs>\n</jobs>', '<jobs xmlns="http://x"/>']) {
      expect(toJobPage(parseBody(xml, XML)), xml).toEqual({ total: undefined, items: [] })
    }
    for (const xml of ['<job_instances/>', '<job_instances></job_instances>']) {
      expect(toInstancePage(parseBody(xml, XML)), xml).toEqual({ total: undefined, items: [] })
    }
  })

  test('§7.17: only the right root, and only when bare, reads as empty', () => {
    // The other list's root, or any other element: not this list.
    expect(() => toJobPage(parseBody('<job_instances/>', XML))).toThrow('not a job list')
    expect(() => toInstancePage(parseBody('<jobs/>', XML))).toThrow('not a job_instance list')
    expect(() => toJobPage(parseBody('<web_service_result/>', XML))).toThrow(BodyParseError)
    // A root with text or other children is no empty list either.
    expect(() => toJobPage(parseBody('<jobs>nothing here</jobs>', XML))).toThrow(BodyParseError)
    expect(() => toJobPage(parseBody('<jobs><foo>1</foo></jobs>', XML))).toThrow(BodyParseError)
    // JSON has no root name: {} stays an error (§7.2: an empty JSON list still has its count).
    expect(() => toJobPage(parseBody('{}', JSON_CT))).toThrow(BodyParseError)
  })

  test('a single job object in JSON (not an array) is still a list', () => {
    expect(toJobPage(parseBody('{"total_record_count":1,"job":{"id":"S1","name":"x"}}', JSON_CT)).items.map((j) => j.id)).toEqual(
      ['S1']
    )
  })

  test('parameters: XML wrapper and JSON without it, one or many', () => {
    const xml =
      '<job><id>M1</id><name>n</name><parameters><parameter><name>set_id</name><value>7777000000001234</value></parameter></parameters></job>'
    expect(toJob(parseBody(xml, XML).data).parameters).toEqual([{ name: 'set_id', value: '7777000000001234' }])
    const json =
      '{"id":"M1","name":"n","parameter":[{"name":{"value":"set_id","desc":"Set"},"value":"1"},{"name":{"value":"job_name"},"value":"x"}]}'
    expect(toJob(parseBody(json, JSON_CT).data).parameters).toEqual([
      { name: 'set_id', value: '1' },
      { name: 'job_name', value: 'x' }
    ])
  })

  test('related_profile, schedule, next_run without ms', () => {
    const xml =
      '<job><id>S7696884050001401</id><name>Import</name><schedule desc="Not scheduled">NOT_SCHEDULED</schedule><next_run>2024-05-30T09:30:10Z</next_run><related_profile link="https://h/almaws/v1/conf/md-import-profiles/123">123</related_profile></job>'
    const job = toJob(parseBody(xml, XML).data)
    expect(job.schedule).toEqual({ value: 'NOT_SCHEDULED', desc: 'Not scheduled' })
    expect(job.nextRun).toBe('2024-05-30T09:30:10Z')
    expect(job.relatedProfile).toEqual({ value: '123', link: 'https://h/almaws/v1/conf/md-import-profiles/123' })
  })

  test('§7.11: raw & in XML attributes and text is tolerated', () => {
    const xml =
      '<jobs total_record_count="1"><job link="https://h/almaws/v1/conf/jobs/M1?a=1&b=2&amp;c=3"><id>M1</id><name>Fish & Chips &amp; peas &#233;</name></job></jobs>'
    const [job] = toJobPage(parseBody(xml, XML)).items
    expect(job!.link).toBe('https://h/almaws/v1/conf/jobs/M1?a=1&b=2&c=3')
    expect(job!.name).toBe('Fish & Chips & peas é')
  })
})

describe('instances', () => {
  const instanceXml = `<job_instance link="https://h/almaws/v1/conf/jobs/M1/instances/${BIG_ID}">
  <id>${BIG_ID}</id><external_id>1234567890123456789</external_id>
  <name>Export - via API - 2025-10-05 4:11 AM</name>
  <submitted_by desc="Ex Libris, API">exl_api</submitted_by>
  <submit_time>2025-10-05T09:11:32.592Z</submit_time><start_time>2025-10-05T09:11:33.000Z</start_time>
  <end_time>2025-10-05T09:12:00.000Z</end_time>
  <progress>100</progress><status desc="Completed Successfully">COMPLETED_SUCCESS</status><status_date>2025-10-05Z</status_date>
  <alerts><alert desc="The job completed successfully.">alert_general_success</alert></alerts>
  <counters><counter><type desc="Updated Records">label.updated.records</type><value>0012</value></counter></counters>
  <actions><action link="https://h/x"><type>CREATE_SET</type><population desc="Single">SINGLE_MATCHES</population><members>3</members></action></actions>
  <job_info link="https://h/almaws/v1/conf/jobs/M1"><id>M1</id><name>Export</name><type desc="Manual">MANUAL</type></job_info>
</job_instance>`

  test('XML instance: big ids exact, one-item alert/counter/action lists are arrays, counters strings', () => {
    const instance = toInstance(parseBody(instanceXml, XML).data)
    expect(instance).toEqual({
      id: BIG_ID,
      externalId: '1234567890123456789',
      name: 'Export - via API - 2025-10-05 4:11 AM',
      link: `https://h/almaws/v1/conf/jobs/M1/instances/${BIG_ID}`,
      submittedBy: { value: 'exl_api', desc: 'Ex Libris, API' },
      submitTime: '2025-10-05T09:11:32.592Z',
      startTime: '2025-10-05T09:11:33.000Z',
      endTime: '2025-10-05T09:12:00.000Z',
      progress: 100,
      status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
      statusDate: '2025-10-05Z',
      alerts: [{ value: 'alert_general_success', desc: 'The job completed successfully.' }],
      counters: [{ type: { value: 'label.updated.records', desc: 'Updated Records' }, value: '0012' }],
      actions: [
        {
          link: 'https://h/x',
          type: { value: 'CREATE_SET' },
          population: { value: 'SINGLE_MATCHES', desc: 'Single' },
          members: 3
        }
      ],
      jobInfo: { id: 'M1', name: 'Export', type: { value: 'MANUAL', desc: 'Manual' }, link: 'https://h/almaws/v1/conf/jobs/M1' }
    })
  })

  test('JSON instance equals the XML one; an unquoted big id keeps its digits', () => {
    const json = `{"link":"https://h/almaws/v1/conf/jobs/M1/instances/${BIG_ID}","id":${BIG_ID},"external_id":"1234567890123456789",
      "name":"Export - via API - 2025-10-05 4:11 AM","submitted_by":{"value":"exl_api","desc":"Ex Libris, API"},
      "submit_time":"2025-10-05T09:11:32.592Z","start_time":"2025-10-05T09:11:33.000Z","end_time":"2025-10-05T09:12:00.000Z",
      "progress":100,"status":{"value":"COMPLETED_SUCCESS","desc":"Completed Successfully"},"status_date":"2025-10-05Z",
      "alert":[{"value":"alert_general_success","desc":"The job completed successfully."}],
      "counter":[{"type":{"value":"label.updated.records","desc":"Updated Records"},"value":"0012"}],
      "action":[{"link":"https://h/x","type":{"value":"CREATE_SET"},"population":{"value":"SINGLE_MATCHES","desc":"Single"},"members":3}],
      "job_info":{"id":"M1","name":"Export","type":{"value":"MANUAL","desc":"Manual"},"link":"https://h/almaws/v1/conf/jobs/M1"}}`
    const fromJson = toInstance(parseBody(json, JSON_CT).data)
    expect(fromJson.id).toBe(BIG_ID)
    expect(fromJson).toEqual(toInstance(parseBody(instanceXml, XML).data))
  })

  test('a queued instance without times, counters or alerts', () => {
    const instance = toInstance(
      parseBody(
        '<job_instance><id>5</id><progress>0.0</progress><status desc="Queued">QUEUED</status><counters/></job_instance>',
        XML
      ).data
    )
    expect(instance).toEqual({
      id: '5',
      progress: 0,
      status: { value: 'QUEUED', desc: 'Queued' },
      alerts: [],
      counters: [],
      actions: []
    })
  })

  test('several counters stay in order, values as strings in JSON too', () => {
    const json =
      '{"id":"5","status":{"value":"RUNNING"},"counter":[{"type":{"value":"a"},"value":"0"},{"type":{"value":"b"},"value":"17"}]}'
    expect(toInstance(parseBody(json, JSON_CT).data).counters.map((c) => [c.type.value, c.value])).toEqual([
      ['a', '0'],
      ['b', '17']
    ])
  })

  /** Ex Libris's published sample instance of job M50173, with its `"action": ["string"]` placeholder (§7.16). */
  const exlSampleJson = {
    id: BIG_ID,
    name: 'Import Research Assets Files - via API - forFileUploadJobViaUpdate - 2025-10-05 4:11 AM',
    progress: 100,
    status: { value: 'COMPLETED_SUCCESS', desc: 'Completed Successfully' },
    external_id: '9563643070000561',
    submitted_by: { value: 'exl_api', desc: 'Ex Libris, API' },
    submit_time: '2025-10-05T09:11:32.592Z',
    status_date: '2025-10-05Z',
    alert: [{ value: 'alert_general_success', desc: 'The job completed successfully.' }],
    counter: [
      { type: { value: 'import_research_assets_files.asset_failed', desc: 'Number of assets failed' }, value: '1' },
      {
        type: { value: 'import_research_assets_files.file_failed_to_upload', desc: 'Number of files failed to upload' },
        value: '1'
      }
    ],
    action: ['string']
  }
  const exlSampleXml = `<job_instance><id>${BIG_ID}</id><external_id>9563643070000561</external_id>
  <progress>100</progress><status desc="Completed Successfully">COMPLETED_SUCCESS</status>
  <alerts><alert desc="The job completed successfully.">alert_general_success</alert></alerts>
  <counters>
    <counter><type desc="Number of assets failed">import_research_assets_files.asset_failed</type><value>1</value></counter>
    <counter><type desc="Number of files failed to upload">import_research_assets_files.file_failed_to_upload</type><value>1</value></counter>
  </counters>
  <actions><action>string</action></actions>
</job_instance>`

  test('§7.16: the sample\'s "action": ["string"] is left out, the instance and its counters kept, in both formats', () => {
    const fromJson: string[] = []
    const json = toInstance(parseBody(JSON.stringify(exlSampleJson), JSON_CT).data, fromJson)
    expect(json.status.value).toBe('COMPLETED_SUCCESS')
    expect(json.actions).toEqual([])
    expect(json.counters.map((c) => [c.type.value, c.value])).toEqual([
      ['import_research_assets_files.asset_failed', '1'],
      ['import_research_assets_files.file_failed_to_upload', '1']
    ])
    expect(fromJson).toEqual([`action 1 of 1 of instance ${BIG_ID} (a string, not an action)`])
    const fromXml: string[] = []
    const xml = toInstance(parseBody(exlSampleXml, XML).data, fromXml)
    expect(xml.actions).toEqual([])
    expect(xml.counters).toEqual(json.counters)
    expect(xml.alerts).toEqual(json.alerts)
    expect(fromXml).toEqual(fromJson)
    // Without a notes list the parts are still left out, silently.
    expect(toInstance(parseBody(JSON.stringify(exlSampleJson), JSON_CT).data).actions).toEqual([])
  })

  test('§7.16: one malformed counter, alert or action is left out with its reason; the good ones stay, in order', () => {
    const good = { type: { value: 'label.new.records', desc: 'New Records' }, value: '3' }
    const body = {
      id: '5',
      status: { value: 'COMPLETED_WARNING' },
      counter: ['string', good, { type: { desc: 'no code' }, value: '1' }, { value: '2' }, 42],
      alert: [{ desc: 'no code' }, 'alert_general_warning', { value: 'alert_x', desc: 'X' }, ['nested']],
      action: [null, { type: { value: 'CREATE_SET' }, members: '4' }, 'string']
    }
    const notes: string[] = []
    const instance = toInstance(parseBody(JSON.stringify(body), JSON_CT).data, notes)
    expect(instance.counters).toEqual([good])
    expect(instance.alerts).toEqual([{ value: 'alert_general_warning' }, { value: 'alert_x', desc: 'X' }])
    expect(instance.actions).toEqual([{ type: { value: 'CREATE_SET' }, members: 4 }])
    expect(notes).toEqual([
      'alert 1 of 4 of instance 5 (an object without an alert code)',
      'alert 4 of 4 of instance 5 (a list without an alert code)',
      'counter 1 of 5 of instance 5 (a string, not a counter)',
      'counter 3 of 5 of instance 5 (a counter without a type code)',
      'counter 4 of 5 of instance 5 (a counter without a type code)',
      'counter 5 of 5 of instance 5 (a number, not a counter)',
      'action 1 of 3 of instance 5 (nothing, not an action)',
      'action 3 of 3 of instance 5 (a string, not an action)'
    ])
    // The notes never quote the item: it is the server's text.
    expect(notes.join()).not.toContain('no code')
  })

  test('§3.4: a progress outside 0–100 or not finite is left out with a note, in both formats', () => {
    const read = (progress: unknown) => {
      const notes: string[] = []
      const body = JSON.stringify({ id: '5', status: { value: 'RUNNING' }, progress })
      return { progress: toInstance(parseBody(body, JSON_CT).data, notes).progress, notes }
    }
    for (const bad of [1e308, -0.5, 100.1, '1e999', '-Infinity', 'NaN', 'half', true]) {
      expect(read(bad)).toEqual({ progress: undefined, notes: ['progress of instance 5 (not a number from 0 to 100)'] })
    }
    expect(read(0)).toEqual({ progress: 0, notes: [] })
    expect(read(45.5)).toEqual({ progress: 45.5, notes: [] })
    expect(read('100')).toEqual({ progress: 100, notes: [] })
    expect(read(null)).toEqual({ progress: undefined, notes: [] })
    // A JSON number too big for a double is Infinity to JSON.parse.
    const notes: string[] = []
    const huge = toInstance(parseBody('{"id":"5","status":{"value":"RUNNING"},"progress":1e400}', JSON_CT).data, notes)
    expect([huge.progress, notes.length]).toEqual([undefined, 1])
    const xml = toInstance(
      parseBody('<job_instance><id>5</id><status>RUNNING</status><progress>1e308</progress></job_instance>', XML).data
    )
    expect(xml.progress).toBeUndefined()
  })

  test('§7.16 in XML: a counter that is only text and an alert without a code are left out', () => {
    const xml = `<job_instance><id>5</id><status>COMPLETED_SUCCESS</status>
      <alerts><alert desc="orphan"></alert><alert desc="ok">alert_general_success</alert></alerts>
      <counters><counter>string</counter><counter><type desc="New Records">label.new.records</type><value>3</value></counter></counters>
    </job_instance>`
    const notes: string[] = []
    const instance = toInstance(parseBody(xml, XML).data, notes)
    expect(instance.alerts).toEqual([{ value: 'alert_general_success', desc: 'ok' }])
    expect(instance.counters).toEqual([{ type: { value: 'label.new.records', desc: 'New Records' }, value: '3' }])
    expect(notes).toEqual([
      'alert 1 of 2 of instance 5 (an object without an alert code)',
      'counter 1 of 2 of instance 5 (a string, not a counter)'
    ])
  })

  test('thousands of malformed parts: notes bounded, then summed up', () => {
    const body = { id: '5', status: { value: 'RUNNING' }, action: Array.from({ length: 5000 }, () => 'string') }
    const notes: string[] = []
    expect(toInstance(body, notes).actions).toEqual([])
    expect(notes).toHaveLength(MAX_NOTES_PER_INSTANCE + 1)
    expect(notes.at(-1)).toBe(`${5000 - MAX_NOTES_PER_INSTANCE} more malformed alerts, counters or actions of instance 5`)
  })

  test('in a list, parts left out are notes, not skipped items (the pager counts skipped items as places)', () => {
    const json = JSON.stringify({ total_record_count: 2, job_instance: [exlSampleJson, { id: '2' }] })
    const page = toInstancePage(parseBody(json, JSON_CT))
    expect(page.items.map((i) => i.id)).toEqual([BIG_ID])
    expect(page.skipped).toEqual(['job instance status is missing'])
    expect(page.notes).toEqual([`action 1 of 1 of instance ${BIG_ID} (a string, not an action)`])
    const xml = `<job_instances total_record_count="1">${exlSampleXml}</job_instances>`
    expect(toInstancePage(parseBody(xml, XML))).toMatchObject({ notes: page.notes })
    expect(toInstancePage(parseBody(xml, XML)).skipped).toBeUndefined()
  })

  test('an instance without status is a parse error', () => {
    expect(() => toInstance(parseBody('{"id":"5"}', JSON_CT).data)).toThrow(BodyParseError)
  })

  test('a malformed item of an instance list is skipped with its reason; the list stands', () => {
    const json = JSON.stringify({
      total_record_count: 3,
      job_instance: [{ id: '1', status: { value: 'RUNNING' } }, { id: '2' }, { id: 'x', status: { value: 'RUNNING' } }]
    })
    const page = toInstancePage(parseBody(json, JSON_CT))
    expect(page.items.map((i) => i.id)).toEqual(['1'])
    expect(page.skipped).toEqual(['job instance status is missing', 'instance id "x" is not all digits'])
    expect(() => toInstance({ id: '12 34', status: { value: 'RUNNING' } })).toThrow(BodyParseError)
  })
  test('§10: the JOB_END webhook envelope, in JSON and XML', () => {
    const envelope = { id: '32894857935_1', action: 'JOB_END', time: '2025-10-05T09:11:37.120Z', job_instance: exlSampleJson }
    const notes: string[] = []
    const event = toJobEndEvent(parseBody(JSON.stringify(envelope), JSON_CT).data, notes)
    expect(event).toMatchObject({ id: '32894857935_1', action: 'JOB_END', time: '2025-10-05T09:11:37.120Z' })
    expect(event.instance).toEqual(toInstance(exlSampleJson))
    expect(notes).toHaveLength(1) // the sample's "action": ["string"]
    const xml = `<webhook_event><id>32894857935_1</id><action>job_end</action><time>2025-10-05T09:11:37.120Z</time>${exlSampleXml}</webhook_event>`
    const fromXml = toJobEndEvent(parseBody(xml, XML).data)
    expect(fromXml).toMatchObject({ id: '32894857935_1', action: 'job_end' })
    expect(fromXml.instance.counters).toEqual(event.instance.counters)
  })

  test('§10: toInstanceFromEnvelope takes the envelope or a bare instance; toJobEndEvent only the envelope', () => {
    const envelope = JSON.stringify({ id: 'e1', action: 'JOB_END', job_instance: exlSampleJson })
    expect(toInstanceFromEnvelope(parseBody(envelope, JSON_CT).data)).toEqual(toInstance(exlSampleJson))
    expect(toInstanceFromEnvelope(exlSampleJson)).toEqual(toInstance(exlSampleJson))
    const xmlEnvelope = `<event><action>JOB_END</action>${exlSampleXml}</event>`
    expect(toInstanceFromEnvelope(parseBody(xmlEnvelope, XML).data).id).toBe(BIG_ID)
    expect(toInstanceFromEnvelope(parseBody(exlSampleXml, XML).data).id).toBe(BIG_ID)
    expect(() => toJobEndEvent(exlSampleJson)).toThrow('webhook event without a job_instance')
    expect(() => toJobEndEvent({ action: 'JOB_END', job_instance: 'x' })).toThrow(BodyParseError)
    // The wrapped instance is read as strictly as any: no status, no instance.
    expect(() => toInstanceFromEnvelope({ action: 'JOB_END', job_instance: { id: '5' } })).toThrow('status is missing')
  })

  test('instance list with one XML item is an array', () => {
    const page = toInstancePage(
      parseBody(
        `<job_instances total_record_count="1"><job_instance><id>${BIG_ID}</id><status>RUNNING</status></job_instance></job_instances>`,
        XML
      )
    )
    expect(page.items.map((i) => i.id)).toEqual([BIG_ID])
  })
})

describe('status table', () => {
  const rows = [
    ['QUEUED', 'Queued'],
    ['COMPLETED_SUCCESS', 'Completed Successfully']
  ]
  test('JSON with booleans', () => {
    const json = JSON.stringify({
      name: 'systemJobStatus',
      sub_system: { value: 'INFRA', desc: 'Infra' },
      row: rows.map(([code, description], i) => ({ code, description, default: i === 0, enabled: true }))
    })
    expect(toStatusTable(parseBody(json, JSON_CT))).toEqual([
      { code: 'QUEUED', description: 'Queued', default: true, enabled: true },
      { code: 'COMPLETED_SUCCESS', description: 'Completed Successfully', default: false, enabled: true }
    ])
  })
  test('XML with text booleans, a single row still an array', () => {
    const xml =
      '<code_table><name>systemJobStatus</name><rows><row><code>QUEUED</code><description>Queued</description><default>false</default><enabled>true</enabled></row></rows></code_table>'
    expect(toStatusTable(parseBody(xml, XML))).toEqual([{ code: 'QUEUED', description: 'Queued', default: false, enabled: true }])
  })
})

describe('run response and instance id (§3.3, §7.6)', () => {
  const link = (tail: string) => `https://api-eu.hosted.exlibrisgroup.com/almaws/v1/conf/jobs/M11111/instances/${tail}`
  test.each([
    ['plain link', link(BIG_ID), BIG_ID],
    ['query string', link(`${BIG_ID}?apikey=x&format=json`), BIG_ID],
    ['trailing slash', link(`${BIG_ID}/`), BIG_ID],
    ['both', link(`${BIG_ID}/?x=1`), BIG_ID]
  ])('from the link: %s', (_name, url, expected) => {
    expect(instanceIdFrom(url, undefined)).toBe(expected)
  })
  test('text fallback keeps a big id exact', () => {
    expect(instanceIdFrom(undefined, `Job no. ${BIG_ID} triggered on Mon, 06 Jan 2025 10:00:00 GMT`)).toBe(BIG_ID)
    expect(instanceIdFrom('https://h/almaws/v1/conf/jobs/M1', `Job no. 42 triggered`)).toBe('42')
  })
  test('neither gives undefined', () => {
    expect(instanceIdFrom(undefined, 'triggered')).toBeUndefined()
    expect(instanceIdFrom(undefined, undefined)).toBeUndefined()
  })
  test('JSON run response', () => {
    const json = JSON.stringify({
      id: 'M11111',
      name: 'Export Things & Stuff',
      additional_info: { value: `Job no. ${BIG_ID} triggered on Mon, 06 Jan 2025 10:00:00 GMT`, link: link(BIG_ID) }
    })
    const run = toRunResponse(parseBody(json, JSON_CT), 'M11111')
    expect(run).toMatchObject({
      instanceId: BIG_ID,
      instanceLink: link(BIG_ID),
      message: `Job no. ${BIG_ID} triggered on Mon, 06 Jan 2025 10:00:00 GMT`
    })
    expect(run.job.id).toBe('M11111')
  })
  test('XML run response, id from the text when the link lacks it', () => {
    const xml = `<job><id>M11111</id><name>x</name><additional_info>Job no. 123 triggered on Mon, 06 Jan 2025 10:00:00 GMT</additional_info></job>`
    expect(toRunResponse(parseBody(xml, XML), 'M11111').instanceId).toBe('123')
  })
  test.each([
    ['a command and a new line', link('$(touch x)%0Aset_id: 6666')],
    ['letters', link('12a')],
    ['an empty id', `${link('')}?x=1`],
    ['more than 30 digits', link('1'.repeat(31))],
    ['a bad escape', link('%E0%A4%A')]
  ])('an instance id of %s in the link is malformed', (_name, url) => {
    expect(() => instanceIdFrom(url, undefined)).toThrow(BodyParseError)
  })
  test('"Job no." must be followed by digits, and must agree with the link', () => {
    expect(() => instanceIdFrom(undefined, 'Job no. 12a triggered')).toThrow(/names instance "12a", which is not all digits/)
    expect(() => instanceIdFrom(undefined, 'Job no. triggered')).toThrow(BodyParseError)
    expect(instanceIdFrom(undefined, 'Job no. 12. Done')).toBe('12')
    expect(() => instanceIdFrom(link('5'), 'Job no. 6 triggered')).toThrow(/link names instance 5 but its text 6/)
    expect(instanceIdFrom(link(BIG_ID), `Job no. ${BIG_ID} triggered`)).toBe(BIG_ID)
  })
  test('the run response keeps the job that was run, whatever id the echo carries', () => {
    expect(toRunResponse(parseBody('{"id":"M2/../x","name":"x"}', JSON_CT), 'M1').job.id).toBe('M1')
  })
  test('a run response without link and text has no instance id', () => {
    expect(toRunResponse(parseBody('{"id":"M1","name":"x"}', JSON_CT), 'M1').instanceId).toBeUndefined()
  })
})

describe('parser choice (§5)', () => {
  test('a byte-order mark and leading whitespace are skipped', () => {
    expect(toJobPage(parseBody('\uFEFF\n<?xml version="1.0"?>\n<jobs total_record_count="0"/>', XML)).total).toBe(0)
    expect(toJobPage(parseBody('\uFEFF {"total_record_count":0}', JSON_CT)).total).toBe(0)
  })
  test('XML body under a JSON Content-Type is sniffed', () => {
    expect(parseBody('<jobs total_record_count="0"/>', JSON_CT).rootName).toBe('jobs')
  })
  test('truncated XML and JSON are parse errors', () => {
    expect(() => parseBody('<jobs total_record_count="10"><job><id>M1</id>', XML)).toThrow(BodyParseError)
    expect(() => parseBody('{"total_record_count":10,"job":[{"id":"M', JSON_CT)).toThrow(BodyParseError)
  })
  test('empty and plain-text bodies are parse errors', () => {
    expect(() => parseBody('', JSON_CT)).toThrow(BodyParseError)
    expect(() => parseBody('OK', 'text/plain')).toThrow(BodyParseError)
  })
})

describe('error bodies, every §5 variant', () => {
  const ns = 'xmlns="http://com/exlibris/urm/general/xmlbeans"'
  test.each<[string, string, string | undefined, { code?: string; message?: string; trackingId?: string; source: string }]>([
    [
      'XML with namespace',
      `<?xml version="1.0" encoding="UTF-8"?><web_service_result ${ns}><errorsExist>true</errorsExist><errorList><error><errorCode>402216</errorCode><errorMessage>Invalid job id.</errorMessage><trackingId>E01-1</trackingId></error></errorList></web_service_result>`,
      XML,
      { source: 'alma', code: '402216', message: 'Invalid job id.', trackingId: 'E01-1' }
    ],
    [
      'XML with a namespace prefix',
      `<ns2:web_service_result xmlns:ns2="http://x"><ns2:errorsExist>true</ns2:errorsExist><ns2:errorList><ns2:error><ns2:errorCode>UNAUTHORIZED</ns2:errorCode><ns2:errorMessage>API-key not defined or not configured to allow this API.</ns2:errorMessage></ns2:error></ns2:errorList></ns2:web_service_result>`,
      XML,
      { source: 'alma', code: 'UNAUTHORIZED', message: 'API-key not defined or not configured to allow this API.' }
    ],
    [
      'JSON',
      '{"errorsExist":true,"errorList":{"error":[{"errorCode":"PER_SECOND_THRESHOLD","errorMessage":"HTTP requests are more than allowed per second ","trackingId":"E02-9"}]},"result":null}',
      JSON_CT,
      {
        source: 'alma',
        code: 'PER_SECOND_THRESHOLD',
        message: 'HTTP requests are more than allowed per second',
        trackingId: 'E02-9'
      }
    ],
    [
      'JSON wrapped in web_service_result',
      '{"web_service_result":{"errorsExist":true,"errorList":{"error":{"errorCode":"402218","errorMessage":"Invalid job instance id."}}}}',
      JSON_CT,
      { source: 'alma', code: '402218', message: 'Invalid job instance id.' }
    ],
    [
      'single-object error, numeric code, no tracking id, trailing spaces',
      '{"errorsExist":true,"errorList":{"error":{"errorCode":401664,"errorMessage":"Mandatory field is missing   "}}}',
      JSON_CT,
      { source: 'alma', code: '401664', message: 'Mandatory field is missing' }
    ],
    [
      'XML error under a JSON Content-Type',
      `<web_service_result ${ns}><errorList><error><errorCode>UNAUTHORIZED</errorCode><errorMessage>x</errorMessage></error></errorList></web_service_result>`,
      JSON_CT,
      { source: 'alma', code: 'UNAUTHORIZED', message: 'x' }
    ],
    ['text/plain', 'Invalid API Key\n', 'text/plain', { source: 'text', message: 'Invalid API Key' }],
    [
      'HTML gateway page',
      '<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>broken<br>page</body>',
      'text/html',
      { source: 'html', message: '503 Service Unavailable' }
    ],
    [
      'HTML without title',
      '<html><body><h1>Bad <b>Gateway</b></h1></body></html>',
      undefined,
      { source: 'html', message: 'Bad Gateway' }
    ],
    ['empty body', '', undefined, { source: 'empty' }],
    [
      'truncated XML',
      `<web_service_result ${ns}><errorList><error><errorCo`,
      XML,
      { source: 'text', message: `<web_service_result ${ns}><errorList><error><errorCo` }
    ]
  ])('%s', (_name, body, contentType, expected) => {
    expect(parseErrorBody(body, contentType)).toEqual(expected)
  })

  test('several errors: first code, all messages', () => {
    const body =
      '{"errorsExist":true,"errorList":{"error":[{"errorCode":"402228","errorMessage":"Missing set_id."},{"errorCode":"402229","errorMessage":"Empty job_name."}]}}'
    expect(parseErrorBody(body, JSON_CT)).toEqual({ source: 'alma', code: '402228', message: 'Missing set_id.; Empty job_name.' })
  })
})

describe('error messages (errors.ts)', () => {
  const ctx = { method: 'GET', path: '/conf/jobs/M123', jobId: 'M123' }
  test('UNAUTHORIZED says what the key needs', () => {
    const error = errorFromAnswer(
      400,
      { source: 'alma', code: 'UNAUTHORIZED', message: 'API-key not defined or not configured to allow this API.' },
      ctx,
      ['k']
    )
    expect(error).toBeInstanceOf(AlmaError)
    expect(error.message).toBe(
      'UNAUTHORIZED: API-key not defined or not configured to allow this API (the key needs the Configuration area for this environment: read-only to read, read/write to run a job)'
    )
    expect(error).toMatchObject({ kind: 'alma', status: 400, code: 'UNAUTHORIZED' })
  })
  test("a code that names one of Object's members is just an unknown code", () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const error = errorFromAnswer(400, { source: 'alma', code }, ctx, [])
      expect(error).toBeInstanceOf(AlmaError)
      expect(error.message).toBe(`${code}: HTTP 400`)
    }
  })
  test("an error body's code, message and tracking id are cut to size", () => {
    const long = 'm'.repeat(50_000)
    const body = JSON.stringify({
      errorsExist: true,
      errorList: {
        error: [{ errorCode: 'c'.repeat(5000), errorMessage: long, trackingId: 't'.repeat(5000) }, { errorMessage: long }]
      }
    })
    const parsed = parseErrorBody(body, 'application/json')
    expect(parsed.code!.length).toBeLessThanOrEqual(100)
    expect(parsed.trackingId!.length).toBeLessThanOrEqual(100)
    expect(parsed.message!.length).toBeLessThanOrEqual(1000)
    expect(parsed.message!.endsWith('…')).toBe(true)
  })
  test('402216 names the job, tracking id appended', () => {
    const error = errorFromAnswer(
      400,
      { source: 'alma', code: '402216', message: 'Invalid job id.', trackingId: 'E01-XYZ' },
      ctx,
      []
    )
    expect(error.message).toBe('402216: Invalid job id (no job with id M123 in this institution); tracking id E01-XYZ')
    expect(error.trackingId).toBe('E01-XYZ')
  })
  test('throttles and quota are explained', () => {
    // §5: one documented row for both codes, which never says which is which rule: both name both.
    for (const code of ['402222', '402223']) {
      const message = errorFromAnswer(400, { source: 'alma', code, message: 'Execution threshold reached.' }, ctx, []).message
      expect(message).toMatch(new RegExp(`^${code}: Execution threshold reached \\(`))
      expect(message).toContain('at most 3 API-started jobs are running')
      expect(message).toContain('at most 5 times per hour per job')
      expect(message).toContain('this refusal does not say which')
      expect(message).toContain('the run was not started')
    }
    expect(errorFromAnswer(400, { source: 'alma', code: '402222' }, ctx, []).message).toMatch(
      /^402222: Execution threshold reached \(.*3 API-started jobs/
    )
    expect(errorFromAnswer(400, { source: 'alma', code: '402223' }, ctx, []).message).toMatch(/5 times per hour/)
    expect(
      errorFromAnswer(429, { source: 'alma', code: 'DAILY_THRESHOLD', message: 'Daily threshold reached' }, ctx, []).message
    ).toMatch(/daily API quota.*resets at midnight/)
  })
  test('non-Alma bodies name the status and request', () => {
    expect(errorFromAnswer(503, { source: 'html', message: '503 Service Unavailable' }, ctx, []).message).toBe(
      'HTTP 503 from Alma on GET /conf/jobs/M123 (gateway page: "503 Service Unavailable")'
    )
    expect(errorFromAnswer(502, { source: 'empty' }, ctx, []).message).toBe(
      'HTTP 502 from Alma on GET /conf/jobs/M123 (empty body)'
    )
  })
  test('the key never survives, wherever the body put it', () => {
    const key = 'l7xx0123456789abcdef+/=='
    const bodies = [
      { source: 'text' as const, message: `Invalid API Key ${key}` },
      {
        source: 'alma' as const,
        code: 'UNAUTHORIZED',
        message: `key ${encodeURIComponent(key)} refused`,
        trackingId: `E-${key}`
      },
      { source: 'html' as const, message: `GET /almaws/v1/conf/jobs?apikey=someotherkey&x=1` }
    ]
    for (const body of bodies) {
      const error = errorFromAnswer(400, body, ctx, [key])
      const everything = JSON.stringify({ m: error.message, a: error.almaMessage, t: error.trackingId })
      expect(everything).not.toContain(key)
      expect(everything).not.toContain(encodeURIComponent(key))
      expect(everything).not.toContain('someotherkey')
    }
    expect(redact(`a ${key} b`, [key])).toBe('a [redacted] b')
  })
})

describe('statuses (§4)', () => {
  test('the 14 known codes', () => {
    expect(Object.keys(STATUS_DESCRIPTIONS)).toHaveLength(14)
    const outcomes = Object.fromEntries(Object.keys(STATUS_DESCRIPTIONS).map((code) => [code, classifyStatus(code)]))
    for (const code of ['QUEUED', 'PENDING', 'INITIALIZING', 'RUNNING', 'FINALIZING']) {
      expect(outcomes[code]).toEqual({ outcome: 'running', terminal: false, known: true })
    }
    expect(outcomes.COMPLETED_SUCCESS).toEqual({ outcome: 'success', terminal: true, known: true })
    expect(outcomes.COMPLETED_WARNING).toEqual({ outcome: 'warning', terminal: true, known: true })
    expect(outcomes.COMPLETED_NO_BULKS).toEqual({ outcome: 'warning', terminal: true, known: true })
    for (const code of ['COMPLETED_FAILED', 'FAILED', 'USER_ABORTED', 'SYSTEM_ABORTED', 'SKIPPED']) {
      expect(outcomes[code]).toEqual({ outcome: 'failure', terminal: true, known: true })
    }
    expect(outcomes.MANUAL_HANDLING_REQUIRED).toEqual({ outcome: 'needs-person', terminal: true, known: true })
  })
  test('unknown codes', () => {
    expect(classifyStatus('COMPLETED_PARTIALLY')).toEqual({ outcome: 'warning', terminal: true, known: false })
    expect(classifyStatus('CANCELLED')).toEqual({ outcome: 'running', terminal: false, known: false })
  })
  test('isJobId', () => {
    expect(['M50173', 'S7696884050001401', 'O12'].every(isJobId)).toBe(true)
    expect(['m1', 'M', 'X12', 'M12 ', 'Export'].some(isJobId)).toBe(false)
  })
})
