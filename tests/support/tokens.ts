import { createHash } from 'node:crypto';

/** Fixed test tokens and the AUTH_TOKENS value that accepts them (only their SHA-256 is configured). */
export const TOKENS = {
  researcher: 'test-researcher-token-0123456789',
  editor: 'test-editor-token-0123456789abcdef',
  secondEditor: 'test-second-editor-token-0123456789',
};

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export const AUTH_ENV = {
  AUTH_TOKENS: JSON.stringify([
    { subject: 'rita-researcher', roles: ['researcher'], sha256: hash(TOKENS.researcher) },
    { subject: 'eddie-editor', roles: ['editor', 'researcher'], sha256: hash(TOKENS.editor) },
    { subject: 'erin-editor', roles: ['editor'], sha256: hash(TOKENS.secondEditor) },
  ]),
};

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
