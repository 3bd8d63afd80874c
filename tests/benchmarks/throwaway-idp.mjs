// A throwaway identity provider for the benchmarks: an RSA key, its JSON Web Key Set and one RS256 token, so every
// call pays for a real bearer validation and the permission check, as production calls do.
// Usage: node tests/benchmarks/throwaway-idp.mjs <folder> <subject> <role,role…>   writes <folder>/jwks and <folder>/token
// The host trusts it with --Authentication:Bearer:Issuer=https://idp.bench --Authentication:Bearer:Audience=complaints-api
// "--Authentication:Bearer:Jwks=$(cat <folder>/jwks)".
import crypto from 'node:crypto';
import fs from 'node:fs';

const [folder, subject, roles] = process.argv.slice(2);
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'RS256', use: 'sig' };
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid: 'bench' })}.${b64({
  iss: 'https://idp.bench', aud: 'complaints-api', sub: subject, roles: roles.split(','), iat: now, nbf: now, exp: now + 86400,
})}`;
fs.writeFileSync(`${folder}/jwks`, JSON.stringify({ keys: [jwk] }));
fs.writeFileSync(`${folder}/token`, `${unsigned}.${crypto.sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`);
