// AWS Signature Version 4, written from AWS's specification
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html) with node:crypto
// and checked against AWS's test vectors: the fake Athena endpoint recomputes the signature of
// every request the AWS SDK sends, so a test fails if the SDK signed with other credentials.
import { createHash, createHmac } from 'node:crypto';
import type { RecordedRequest } from './fake-warehouse.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials (STS, SSO, an assumed role) carry a session token. */
  sessionToken?: string;
}

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

export interface SignedRequest {
  method: string;
  /** The full URL; its path and query are signed as given (the callers use `/` and no query). */
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Adds `x-amz-date`, `x-amz-security-token` (when the credentials have one) and `authorization`
 * to `request.headers`, signing every header present. `now` is injectable for the spec's test vectors.
 */
export function signV4(request: SignedRequest, credentials: AwsCredentials, region: string, service: string, now = new Date()): Record<string, string> {
  const url = new URL(request.url);
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, host: url.host, 'x-amz-date': amzDate };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const names = Object.keys(headers)
    .map((name) => name.toLowerCase())
    .sort();
  const value = (name: string): string => String(Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? '').trim().replace(/\s+/g, ' ');
  const canonicalHeaders = names.map((name) => `${name}:${value(name)}\n`).join('');
  const signedHeaders = names.join(';');
  const query = [...url.searchParams.entries()]
    .map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [request.method, url.pathname || '/', query, canonicalHeaders, signedHeaders, sha256(request.body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), region), service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}

/**
 * Whether `request` carries the signature that `credentials` give for the headers it says it
 * signed (`SignedHeaders=` of its authorization), its method, path and body (`body`: the raw text).
 */
export function verifySigV4(request: RecordedRequest, origin: string, body: string, credentials: AwsCredentials, region: string, service: string): boolean {
  const authorization = String(request.headers.authorization ?? '');
  const names = /SignedHeaders=([^,]+)/.exec(authorization)?.[1].split(';') ?? [];
  const added = new Set(['host', 'x-amz-date', 'x-amz-security-token']);
  const headers = Object.fromEntries(names.filter((n) => !added.has(n)).map((n) => [n, String(request.headers[n] ?? '')]));
  const date = String(request.headers['x-amz-date']).replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
  const signed = signV4({ method: request.method, url: `${origin}${request.path}`, headers, body }, credentials, region, service, new Date(date));
  return signed.authorization === authorization;
}
