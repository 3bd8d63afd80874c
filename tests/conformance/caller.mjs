// Who a call comes from. Against the test host (which trusts a test identity provider) this signs a real RS256 token
// with the key the test run hands over in COMPLAINTS_TEST_* variables (a caller stated without roles holds the test
// run's everything role); against a Development server (the README's run command) it states the caller in the
// development headers instead.
import crypto from 'node:crypto';
import * as grpc from '@grpc/grpc-js';

const env = process.env;
const base64url = (value) => Buffer.from(value).toString('base64url');

function token(subject, roles) {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: env.COMPLAINTS_TEST_KEY_ID };
  const payload = {
    iss: env.COMPLAINTS_TEST_ISSUER, aud: env.COMPLAINTS_TEST_AUDIENCE, sub: subject, name: subject,
    roles: roles.length > 0 ? roles : [env.COMPLAINTS_TEST_EVERYTHING_ROLE], iat: now, nbf: now, exp: now + 600,
  };
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = crypto.sign('RSA-SHA256', Buffer.from(unsigned), env.COMPLAINTS_TEST_SIGNING_KEY).toString('base64url');
  return `${unsigned}.${signature}`;
}

/** Metadata for a call by `id` holding `roles` (a comma-separated string or an array). */
export function as(id, roles = []) {
  const list = (Array.isArray(roles) ? roles : roles.split(',')).map((r) => r.trim()).filter(Boolean);
  const metadata = new grpc.Metadata();
  if (env.COMPLAINTS_TEST_SIGNING_KEY) {
    metadata.add('authorization', `Bearer ${token(id, list)}`);
  } else {
    metadata.add('x-actor-id', id);
    if (list.length > 0) metadata.add('x-actor-roles', list.join(','));
  }
  return metadata;
}
