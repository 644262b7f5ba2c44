/** Small HTTP helpers: JSON replies, errors as {error:{code,message}}, bounded body reading. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_BODY = 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(data), 'cache-control': 'no-store' });
  res.end(data);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  sendJson(res, e.status, { error: { code: e.code, message: e.message } });
}

/** The request body as JSON, at most MAX_BODY bytes, only as application/json. */
export async function readJson(req: IncomingMessage, limit = MAX_BODY): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/(json|[a-z.+-]*\+json)\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send the article as JSON (Content-Type: application/json)');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'payload_too_large', `the body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'payload_too_large', `the body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new HttpError(400, 'empty_body', 'the body is empty');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, 'bad_json', `the body is not valid JSON (${(e as Error).message})`);
  }
}

/** Query-string parameter readers that answer bad values with a 400. */
export class Params {
  constructor(private url: URL) {}
  str(name: string, max = 1000): string | undefined {
    const v = this.url.searchParams.get(name);
    if (v == null || v === '') return undefined;
    if (v.length > max) throw new HttpError(400, 'bad_parameter', `${name} is too long (at most ${max} characters)`);
    return v;
  }
  list(name: string): string[] | undefined {
    const v = this.url.searchParams.getAll(name).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
    return v.length ? v : undefined;
  }
  int(name: string, dflt: number, min: number, max: number): number {
    const v = this.url.searchParams.get(name);
    if (v == null || v === '') return dflt;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new HttpError(400, 'bad_parameter', `${name} must be a whole number from ${min} to ${max}`);
    return Number(v);
  }
  bool(name: string): boolean {
    const v = this.url.searchParams.get(name);
    if (v == null) return false;
    if (['', '1', 'true', 'yes'].includes(v)) return true;
    if (['0', 'false', 'no'].includes(v)) return false;
    throw new HttpError(400, 'bad_parameter', `${name} must be true or false`);
  }
  day(name: string): string | undefined {
    const v = this.str(name, 10);
    if (v != null && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))) throw new HttpError(400, 'bad_parameter', `${name} must be a date YYYY-MM-DD`);
    return v;
  }
}
