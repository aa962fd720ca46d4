// Google credentials for BigQuery through Google's own google-auth-library (installed with
// @google-cloud/bigquery, loaded on first use), in the order Google's client libraries use
// (https://cloud.google.com/docs/authentication/application-default-credentials): an access token
// in GOOGLE_OAUTH_ACCESS_TOKEN; the key file GOOGLE_APPLICATION_CREDENTIALS names (a service
// account, an authorized user, workload identity federation); gcloud's
// application_default_credentials.json; the metadata server of a Google Cloud machine. Every
// credential asks for the read-only scope `bigquery.readonly`; a service account signs its own
// JWT with that scope (self-signed JWT, no token request).
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import type { AuthClient } from 'google-auth-library';
import { SourceError } from '../../model/index.js';
import { maskSecret } from './shared.js';
import { loadVendorDriver } from './vendor-driver.js';

const SCOPE = 'https://www.googleapis.com/auth/bigquery.readonly';
const NO_CREDENTIALS = 'no Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS, or run `gcloud auth application-default login`';

export interface GoogleCredentials {
  client: AuthClient;
  /** Secrets to mask in any message (a token, a private key, a refresh token, a client secret). */
  secrets: string[];
}

/** Access tokens (`ya29.…`) and JWTs, masked in any message whatever their source. */
const TOKEN_SHAPES = /\bya29\.[\w.-]+|\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;

export function maskGoogleSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((t, s) => maskSecret(t, s), text).replace(TOKEN_SHAPES, '***');
}

/** The secret fields of a key file, for masking; none when it cannot be read (the library then says why). */
async function keyFileSecrets(file: string): Promise<string[]> {
  try {
    const key = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    return ['private_key', 'refresh_token', 'client_secret'].map((name) => key[name]).filter((v): v is string => typeof v === 'string' && v !== '');
  } catch {
    return [];
  }
}

export async function googleCredentials(env: NodeJS.ProcessEnv, location: string): Promise<GoogleCredentials> {
  const auth = await loadVendorDriver('google-auth-library', 'reading BigQuery', location, () => import('google-auth-library'));
  const direct = env.GOOGLE_OAUTH_ACCESS_TOKEN;
  if (direct) {
    const client = new auth.OAuth2Client();
    client.setCredentials({ access_token: direct });
    return { client, secrets: [direct] };
  }
  // An empty variable counts as unset, as in Google's libraries.
  const set = (value: string | undefined): string | undefined => (value === '' ? undefined : value);
  const keyFile = set(env.GOOGLE_APPLICATION_CREDENTIALS);
  const adcFile = path.join(set(env.CLOUDSDK_CONFIG) ?? path.join(homedir(), '.config', 'gcloud'), 'application_default_credentials.json');
  const secrets = await keyFileSecrets(keyFile ?? adcFile);
  const google = new auth.GoogleAuth({ scopes: [SCOPE], ...(keyFile ? { keyFilename: keyFile } : {}) });
  // As Google's generated clients do: a service account signs a JWT carrying the scope itself.
  google.useJWTAccessWithScope = true;
  try {
    return { client: await google.getClient(), secrets };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = error instanceof Error ? error.message : String(error);
    if (/Could not load the default credentials/.test(reason)) throw new SourceError(NO_CREDENTIALS, location);
    if (code === 'ENOENT' || code === 'EACCES') throw new SourceError(`the Google credentials file cannot be read (${code})`, location);
    throw new SourceError(`the Google credentials cannot be used: ${maskGoogleSecrets(reason.split('\n')[0], secrets)}`, location);
  }
}
