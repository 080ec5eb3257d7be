/**
 * Splunk Stream events (stream:ftp, stream:dns, stream:http): `_raw` is the JSON Stream writes,
 * `endtime` and `timestamp` first and the rest in name order; the extracted fields are the JSON
 * keys Splunk pulls out, plus the CIM aliases `src` and `dest`.
 */
import type { SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import { isoUtcMicros } from '../time';

export interface Endpoints {
  srcIp: string;
  srcMac: string;
  srcPort: number;
  destIp: string;
  destMac: string;
  destPort: number;
}

function streamJson(
  time: number,
  micros: number,
  durationMicros: number,
  body: Record<string, unknown>,
): string {
  const end = time + Math.floor((micros + durationMicros) / 1000);
  const endMicros = (micros + durationMicros) % 1000;
  const sorted: Record<string, unknown> = {
    endtime: isoUtcMicros(end, endMicros),
    timestamp: isoUtcMicros(time, micros),
  };
  for (const key of Object.keys(body).sort()) sorted[key] = body[key];
  return JSON.stringify(sorted);
}

function addressFields(e: Endpoints): Record<string, unknown> {
  return {
    dest_ip: e.destIp,
    dest_mac: e.destMac,
    dest_port: e.destPort,
    src_ip: e.srcIp,
    src_mac: e.srcMac,
    src_port: e.srcPort,
  };
}

export interface FtpTransaction extends Endpoints {
  time: number;
  micros: number;
  durationMicros: number;
  host: string;
  flowId: string;
  /** Absent for the server's greeting, which answers no command. */
  method?: string;
  methodParameter?: string;
  replyCode: number;
  replyContent: string;
  filename?: string;
  loadway?: 'Upload' | 'Download';
  bytesIn: number;
  bytesOut: number;
  transferDurationMicros?: number;
}

export function streamFtp(t: FtpTransaction): SampleEvent {
  const body: Record<string, unknown> = {
    ...addressFields(t),
    bytes: t.bytesIn + t.bytesOut,
    bytes_in: t.bytesIn,
    bytes_out: t.bytesOut,
    flow_id: t.flowId,
    method: t.method ?? '',
    method_parameter: t.methodParameter ?? '',
    protocol_stack: 'ip:tcp:ftp',
    reply_code: t.replyCode,
    reply_content: t.replyContent,
    time_taken: t.durationMicros,
  };
  if (t.filename !== undefined) {
    body.filename = t.filename;
    body.loadway = t.loadway;
    body.transfer_duration = t.transferDurationMicros ?? 0;
  }
  return {
    time: t.time,
    host: t.host,
    source: SOURCETYPE.ftp,
    sourcetype: SOURCETYPE.ftp,
    raw: streamJson(t.time, t.micros, t.durationMicros, body),
    fields: {
      src: t.srcIp,
      src_ip: t.srcIp,
      src_port: t.srcPort,
      dest: t.destIp,
      dest_ip: t.destIp,
      dest_port: t.destPort,
      flow_id: t.flowId,
      method: t.method,
      method_parameter: t.methodParameter || undefined,
      reply_code: t.replyCode,
      reply_content: t.replyContent,
      filename: t.filename,
      loadway: t.loadway,
      bytes: t.bytesIn + t.bytesOut,
      bytes_in: t.bytesIn,
      bytes_out: t.bytesOut,
      transfer_duration: t.filename !== undefined ? (t.transferDurationMicros ?? 0) : undefined,
      protocol_stack: 'ip:tcp:ftp',
    },
  };
}

export interface DnsLookup extends Endpoints {
  time: number;
  micros: number;
  host: string;
  flowId: string;
  query: string;
  queryType: 'A' | 'AAAA' | 'PTR' | 'SRV' | 'MX';
  /** Empty for NXDOMAIN. */
  answers: readonly string[];
  ttl: number;
  transactionId: number;
  responseMicros: number;
}

export function streamDns(d: DnsLookup): SampleEvent {
  const replyCode = d.answers.length > 0 ? 'NoError' : 'NXDomain';
  const bytesIn = 28 + d.query.length + 4;
  const bytesOut = bytesIn + d.answers.length * 16;
  const body: Record<string, unknown> = {
    ...addressFields(d),
    bytes: bytesIn + bytesOut,
    bytes_in: bytesIn,
    bytes_out: bytesOut,
    flow_id: d.flowId,
    host_addr: d.answers,
    message_type: ['QUERY', 'RESPONSE'],
    name: [d.query],
    protocol_stack: 'ip:udp:dns',
    query: [d.query],
    query_type: [d.queryType],
    reply_code: replyCode,
    reply_code_id: replyCode === 'NoError' ? 0 : 3,
    response_time: d.responseMicros,
    transaction_id: d.transactionId,
    transport: 'udp',
    ttl: d.answers.map(() => d.ttl),
  };
  return {
    time: d.time,
    host: d.host,
    source: SOURCETYPE.dns,
    sourcetype: SOURCETYPE.dns,
    raw: streamJson(d.time, d.micros, d.responseMicros, body),
    fields: {
      src: d.srcIp,
      src_ip: d.srcIp,
      src_port: d.srcPort,
      dest: d.destIp,
      dest_ip: d.destIp,
      dest_port: d.destPort,
      query: d.query,
      query_type: d.queryType,
      reply_code: replyCode,
      answer: d.answers.length > 0 ? d.answers : undefined,
      transport: 'udp',
    },
  };
}

export interface HttpRequest extends Endpoints {
  time: number;
  micros: number;
  durationMicros: number;
  host: string;
  flowId: string;
  method: 'GET' | 'POST';
  site: string;
  uri: string;
  status: number;
  contentType: string;
  userAgent: string;
  bytesIn: number;
  bytesOut: number;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  404: 'Not Found',
};

export function streamHttp(h: HttpRequest): SampleEvent {
  const uriPath = h.uri.split('?')[0];
  const body: Record<string, unknown> = {
    ...addressFields(h),
    bytes: h.bytesIn + h.bytesOut,
    bytes_in: h.bytesIn,
    bytes_out: h.bytesOut,
    cs_version: 'HTTP/1.1',
    flow_id: h.flowId,
    http_comment: `HTTP/1.1 ${h.status} ${REASONS[h.status] ?? 'OK'}`,
    http_content_type: h.contentType,
    http_method: h.method,
    http_user_agent: h.userAgent,
    protocol_stack: 'ip:tcp:http',
    site: h.site,
    status: h.status,
    time_taken: h.durationMicros,
    uri: h.uri,
    uri_path: uriPath,
  };
  return {
    time: h.time,
    host: h.host,
    source: SOURCETYPE.http,
    sourcetype: SOURCETYPE.http,
    raw: streamJson(h.time, h.micros, h.durationMicros, body),
    fields: {
      src: h.srcIp,
      src_ip: h.srcIp,
      src_port: h.srcPort,
      dest: h.destIp,
      dest_ip: h.destIp,
      dest_port: h.destPort,
      http_method: h.method,
      site: h.site,
      uri_path: uriPath,
      status: h.status,
      http_content_type: h.contentType,
      http_user_agent: h.userAgent,
      bytes_in: h.bytesIn,
      bytes_out: h.bytesOut,
    },
  };
}
