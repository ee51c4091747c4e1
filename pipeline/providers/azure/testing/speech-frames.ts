/**
 * The Speech service's WebSocket framing, as the SDK's WebsocketMessageFormatter reads and writes
 * it: a text frame is "Header: value\r\n…\r\n\r\nbody"; a binary frame is a 2-byte big-endian
 * header length, the ASCII headers, then the body.
 */
export interface SpeechFrame {
  headers: Record<string, string>;
  text: string | null;
  binary: Uint8Array | null;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function readFrame(data: Buffer, isBinary: boolean): SpeechFrame {
  if (!isBinary) {
    const text = data.toString('utf8');
    const split = text.indexOf('\r\n\r\n');
    return { headers: parseHeaders(split < 0 ? text : text.slice(0, split)), text: split < 0 ? '' : text.slice(split + 4), binary: null };
  }
  const length = data.readUInt16BE(0);
  return { headers: parseHeaders(data.subarray(2, 2 + length).toString('latin1')), text: null, binary: new Uint8Array(data.subarray(2 + length)) };
}

function headerBlock(path: string, requestId: string, extra: Record<string, string>): string {
  const headers = { Path: path, 'X-RequestId': requestId, 'X-Timestamp': new Date().toISOString(), ...extra };
  return Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
}

export function textFrame(path: string, requestId: string, body: unknown): string {
  return `${headerBlock(path, requestId, { 'Content-Type': 'application/json; charset=utf-8' })}\r\n${typeof body === 'string' ? body : JSON.stringify(body)}`;
}

export function binaryFrame(path: string, requestId: string, body: Uint8Array, extra: Record<string, string> = {}): Buffer {
  const headers = Buffer.from(headerBlock(path, requestId, extra), 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(headers.length);
  return Buffer.concat([length, headers, Buffer.from(body)]);
}
