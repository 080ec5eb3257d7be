/**
 * Suricata eve.json events: `_raw` is the eve line, with the key order Suricata 4.0 writes; the
 * extracted fields are the top-level keys, a few nested ones under Splunk's dotted names, and the
 * CIM aliases `src` and `dest`.
 */
import { IDS_HOST } from '../cast';
import type { FieldValue, SampleEvent } from '../event';
import { SOURCETYPE } from '../event';
import { suricataTime } from '../time';

export const EVE_SOURCE = '/var/log/suricata/eve.json';

export interface EveBase {
  time: number;
  micros: number;
  /** Below 2^53, so that JSON numbers stay exact in every reader. */
  flowId: number;
  srcIp: string;
  srcPort: number;
  destIp: string;
  destPort: number;
  proto: 'TCP' | 'UDP';
}

export type EveDetail =
  | {
      eventType: 'flow';
      appProto?: string;
      pktsToServer: number;
      pktsToClient: number;
      bytesToServer: number;
      bytesToClient: number;
      start: number;
      ageSec: number;
    }
  | {
      eventType: 'dns';
      dnsType: 'query' | 'answer';
      id: number;
      rrname: string;
      rrtype: string;
      rdata?: string;
    }
  | {
      eventType: 'http';
      hostname: string;
      url: string;
      userAgent: string;
      contentType: string;
      method: string;
      status: number;
      length: number;
    }
  | { eventType: 'tls'; sni: string; subject: string; issuer: string; version: string }
  | {
      eventType: 'alert';
      appProto?: string;
      signatureId: number;
      rev: number;
      signature: string;
      category: string;
      severity: number;
    };

export function suricataEvent(e: EveBase & EveDetail): SampleEvent {
  const eve: Record<string, unknown> = {
    timestamp: suricataTime(e.time, e.micros),
    flow_id: e.flowId,
    in_iface: 'eth1',
    event_type: e.eventType,
    src_ip: e.srcIp,
    src_port: e.srcPort,
    dest_ip: e.destIp,
    dest_port: e.destPort,
    proto: e.proto,
  };
  const fields: Record<string, FieldValue | undefined> = {
    event_type: e.eventType,
    flow_id: e.flowId,
    src: e.srcIp,
    src_ip: e.srcIp,
    src_port: e.srcPort,
    dest: e.destIp,
    dest_ip: e.destIp,
    dest_port: e.destPort,
    proto: e.proto,
  };
  switch (e.eventType) {
    case 'flow':
      if (e.appProto) {
        eve.app_proto = e.appProto;
        fields.app_proto = e.appProto;
      }
      eve.flow = {
        pkts_toserver: e.pktsToServer,
        pkts_toclient: e.pktsToClient,
        bytes_toserver: e.bytesToServer,
        bytes_toclient: e.bytesToClient,
        start: suricataTime(e.start, 0),
        end: suricataTime(e.start + e.ageSec * 1000, 0),
        age: e.ageSec,
        state: e.proto === 'TCP' ? 'closed' : 'new',
        reason: 'timeout',
        alerted: false,
      };
      break;
    case 'dns':
      eve.dns = {
        type: e.dnsType,
        id: e.id,
        rrname: e.rrname,
        rrtype: e.rrtype,
        ...(e.dnsType === 'answer' ? { ttl: 300, rdata: e.rdata } : { tx_id: 0 }),
      };
      fields['dns.type'] = e.dnsType;
      fields['dns.rrname'] = e.rrname;
      fields['dns.rrtype'] = e.rrtype;
      break;
    case 'http':
      eve.tx_id = 0;
      eve.http = {
        hostname: e.hostname,
        url: e.url,
        http_user_agent: e.userAgent,
        http_content_type: e.contentType,
        http_method: e.method,
        protocol: 'HTTP/1.1',
        status: e.status,
        length: e.length,
      };
      fields['http.hostname'] = e.hostname;
      fields['http.url'] = e.url;
      fields['http.status'] = e.status;
      break;
    case 'tls':
      eve.tls = { subject: e.subject, issuerdn: e.issuer, sni: e.sni, version: e.version };
      fields['tls.sni'] = e.sni;
      break;
    case 'alert':
      if (e.appProto) {
        eve.app_proto = e.appProto;
        fields.app_proto = e.appProto;
      }
      eve.alert = {
        action: 'allowed',
        gid: 1,
        signature_id: e.signatureId,
        rev: e.rev,
        signature: e.signature,
        category: e.category,
        severity: e.severity,
      };
      fields['alert.signature'] = e.signature;
      fields['alert.signature_id'] = e.signatureId;
      fields['alert.category'] = e.category;
      fields['alert.severity'] = e.severity;
      break;
  }
  return {
    time: e.time,
    host: IDS_HOST,
    source: EVE_SOURCE,
    sourcetype: SOURCETYPE.suricata,
    raw: JSON.stringify(eve),
    fields,
  };
}
