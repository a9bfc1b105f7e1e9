import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../config/config';
import { sha256 } from '../server/auth';
import { runCli } from './run-cli';

const USAGE = `usage: npm run token -- <subject> <role>[,<role>]   roles: ${ROLES.join(', ')}
  prints a new random bearer token and the AUTH_TOKENS entry that accepts it (its SHA-256 only)`;

/**
 * `npm run token -- alice editor,researcher`: makes a new random bearer token. Prints the token
 * (hand it to the person; it is not stored) and the AUTH_TOKENS entry holding only its SHA-256.
 */
runCli(async () => {
  const [subject, roleList] = process.argv.slice(2);
  const roles = (roleList ?? '').split(',').filter(Boolean) as Role[];
  if (!subject || roles.length === 0 || roles.some((role) => !ROLES.includes(role))) {
    console.error(USAGE);
    return 2;
  }
  const token = randomBytes(32).toString('base64url');
  console.log(`token (give it to ${subject}; it is shown once):\n  ${token}`);
  console.log(
    `AUTH_TOKENS entry:\n  ${JSON.stringify({ subject, roles, sha256: sha256(token).toString('hex') })}`,
  );
  return 0;
}, USAGE);
