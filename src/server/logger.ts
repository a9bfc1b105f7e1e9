import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from '../config/config';

type LogConfig = Pick<Config, 'logLevel' | 'env'> & Partial<Pick<Config, 'logFormat'>>;

/** Pretty for a person at a terminal in development; JSON lines for everything else (collectors). */
export function logFormat(config: LogConfig, isTTY = Boolean(process.stdout.isTTY)): 'pretty' | 'json' {
  return config.logFormat ?? (isTTY && config.env === 'development' ? 'pretty' : 'json');
}

/**
 * The service's logger. `destination` is stdout unless given (the tests capture lines with it).
 * pino-pretty runs in-process as a stream rather than a worker-thread transport: a terminal in
 * development is the only place it runs, and lines then appear in order with the rest.
 */
export function createLogger(config: LogConfig, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { service: 'gouden-netwerk' },
    redact: ['req.headers.authorization', 'headers.authorization', 'authorization', 'password', '*.password'],
  };
  if (logFormat(config) === 'pretty') {
    return pino(
      options,
      pretty({
        destination: destination ?? 1,
        colorize: destination === undefined && Boolean(process.stdout.isTTY),
        ignore: 'pid,hostname,service',
        translateTime: 'SYS:HH:MM:ss.l',
        sync: true,
      }),
    );
  }
  return destination ? pino(options, destination) : pino(options);
}
