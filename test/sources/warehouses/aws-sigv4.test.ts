// The signature check of the fake Athena endpoint (test/helpers/aws-sigv4.ts) against AWS's own
// published test vectors (aws-sig-v4-test-suite, get-vanilla and post-vanilla: the example
// credentials, region us-east-1, service `service`).
import { describe, expect, it } from 'vitest';
import { signV4 } from '../../helpers/aws-sigv4.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const now = new Date('2015-08-30T12:36:00Z');

describe('signV4', () => {
  it.each([
    ['GET', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    ['POST', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'],
  ])('%s-vanilla gives the suite signature', (method, signature) => {
    const headers = signV4({ method, url: 'https://example.amazonaws.com/', headers: {}, body: '' }, credentials, 'us-east-1', 'service', now);
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers.authorization).toBe(`AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`);
  });

  it('signs the session token of temporary credentials and never puts the secret in a header', () => {
    const headers = signV4({ method: 'POST', url: 'https://athena.eu-west-1.amazonaws.com/', headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '{}' }, { ...credentials, sessionToken: 'tok' }, 'eu-west-1', 'athena', now);
    expect(headers['x-amz-security-token']).toBe('tok');
    expect(headers.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,');
    expect(Object.values(headers).join('\n')).not.toContain(credentials.secretAccessKey);
  });
});
