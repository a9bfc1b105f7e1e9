import pino, { type Logger } from 'pino';
import type { Config } from '../config/config';

export function createLogger(config: Pick<Config, 'logLevel' | 'env'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'gouden-netwerk' },
    redact: ['req.headers.authorization', 'password', '*.password'],
  });
}
