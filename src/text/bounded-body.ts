// A Fetch body read up to a limit: a webhook at the relay, GitHub's error answer, a receiver's
// answer to the simulator's challenge. Each is read only as far as its limit (alma-api.md §10, runner.md §7).

/** The body as UTF-8 text (a BOM kept: it is signed too), or undefined past `limit` bytes. */
export async function boundedText(message: Request | Response, limit: number): Promise<string | undefined> {
  const declared = Number(message.headers.get('content-length') ?? '0')
  if (declared > limit) {
    await message.body?.cancel().catch(() => undefined)
    return undefined
  }
  const reader = message.body?.getReader()
  if (reader === undefined) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}
