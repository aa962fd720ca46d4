// An OAuth 2.0 access token for BigQuery from Google's usual places, in the order Google's
// client libraries use (https://cloud.google.com/docs/authentication/application-default-credentials):
// an access token in GOOGLE_OAUTH_ACCESS_TOKEN; the key file GOOGLE_APPLICATION_CREDENTIALS names
// (a service account, signed as a JWT bearer grant, RFC 7523; or an authorized user's refresh
// token); gcloud's application_default_credentials.json. The token never leaves this module
// except in the Authorization header.
import { createSign } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { SourceError } from '../../model/index.js';
import { fetchJson } from './warehouse.js';

const SCOPE = 'https://www.googleapis.com/auth/bigquery.readonly';
const DEFAULT_TOKEN_URI = 'https://oauth2.googleapis.com/token';

export interface GoogleToken {
  token: string;
  /** Secrets to mask in any message (the token, a private key, a refresh token). */
  secrets: string[];
}

const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

export async function googleAccessToken(env: NodeJS.ProcessEnv, location: string, timeoutMs: number): Promise<GoogleToken> {
  const direct = env.GOOGLE_OAUTH_ACCESS_TOKEN;
  if (direct) return { token: direct, secrets: [direct] };
  // An empty variable counts as unset, as in Google's libraries.
  const set = (value: string | undefined): string | undefined => (value === '' ? undefined : value);
  const file = set(env.GOOGLE_APPLICATION_CREDENTIALS) ?? path.join(set(env.CLOUDSDK_CONFIG) ?? path.join(homedir(), '.config', 'gcloud'), 'application_default_credentials.json');
  let key: Record<string, unknown>;
  try {
    key = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(
      code === 'ENOENT'
        ? 'no Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS, or run `gcloud auth application-default login`'
        : `the Google credentials file cannot be read (${code ?? 'not JSON'})`,
      location,
    );
  }
  const tokenUri = typeof key.token_uri === 'string' ? key.token_uri : DEFAULT_TOKEN_URI;
  const str = (name: string): string => (typeof key[name] === 'string' ? key[name] : '');
  let form: URLSearchParams;
  let secrets: string[];
  if (key.type === 'service_account') {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
    const claims = base64url(JSON.stringify({ iss: str('client_email'), scope: SCOPE, aud: tokenUri, iat: now, exp: now + 3600 }));
    let signature: string;
    try {
      signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(str('private_key'), 'base64url');
    } catch {
      throw new SourceError('the service account key in the Google credentials file cannot sign (private_key)', location);
    }
    form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: `${header}.${claims}.${signature}` });
    secrets = [str('private_key'), signature];
  } else if (key.type === 'authorized_user') {
    form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: str('refresh_token'), client_id: str('client_id'), client_secret: str('client_secret') });
    secrets = [str('refresh_token'), str('client_secret')].filter((s) => s !== '');
  } else {
    throw new SourceError(`the Google credentials file is of type '${String(key.type)}'; service_account or authorized_user is needed`, location);
  }
  let answer: unknown;
  try {
    answer = await fetchJson(tokenUri, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' }, timeoutMs, secrets, what: 'getting a Google access token' });
  } catch (error) {
    throw new SourceError((error as Error).message, location);
  }
  const token = (answer as { access_token?: unknown }).access_token;
  if (typeof token !== 'string' || token === '') throw new SourceError('getting a Google access token: no access_token in the answer', location);
  return { token, secrets: [...secrets, token] };
}
