import path from 'node:path';
import { z } from 'zod';

/** The repository root: config paths are resolved against it, whether we run from src/ or dist/. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const NEO4J_SCHEMES = ['bolt://', 'bolt+s://', 'bolt+ssc://', 'neo4j://', 'neo4j+s://', 'neo4j+ssc://'];

/** A whole number from `min` to `max`; zod's own message for "abc" ("received NaN") says less. */
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => {
  const error =
    max === Number.MAX_SAFE_INTEGER
      ? `must be a whole number, at least ${min}`
      : `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};
const portNumber = (min = 1) => wholeNumber(min, 65535);
const port = (fallback: number, min = 1) => portNumber(min).default(fallback);
const positiveInt = (fallback: number) => wholeNumber(1).default(fallback);
const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 1g')
    .default(fallback);
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const onOff = (fallback: 'on' | 'off') =>
  z
    .enum(['on', 'off'])
    .default(fallback)
    .transform((v) => v === 'on');
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
/** A per-minute request budget; 0 turns the limit off. */
const perMinute = wholeNumber(0).default(0);

export const ROLES = ['researcher', 'editor'] as const;
export type Role = (typeof ROLES)[number];

/** AUTH_TOKENS: JSON list of `{ subject, roles, sha256 }`; only the SHA-256 of each token is kept. */
const authTokens = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON: [{"subject":…,"roles":[…],"sha256":…}]' });
      return z.NEVER;
    }
  })
  .pipe(
    z.array(
      z.strictObject({
        subject: z.string().min(1).max(100),
        roles: z.array(z.enum(ROLES)).min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of the token (npm run token)'),
      }),
    ),
  )
  .default([]);

/**
 * How large a projection the analyses read into the service's memory, and how long one may take
 * (src/analytics/limits.ts reads them at each call, so a test or an operator can change them; they
 * are validated here with the others, so a bad value stops the start). Measured at the 1M-node bench
 * graph (bench/README.md, "Analytics at 1M"): the similarity projection, 940k nodes and 2.8M
 * relationships, is the largest default one; the caps leave about twice that.
 */
export const ANALYSIS_SETTINGS = {
  ANALYSIS_MAX_NODES: positiveInt(2_000_000),
  ANALYSIS_MAX_RELATIONSHIPS: positiveInt(6_000_000),
  ANALYSIS_TIMEOUT_MS: positiveInt(120_000),
};

const schema = z
  .object({
    ...ANALYSIS_SETTINGS,
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port(4000, 0), // 0: any free port (tests)
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    INTROSPECTION: flag.optional(),
    SHUTDOWN_GRACE_MS: positiveInt(10_000),
    AUTH_TOKENS: authTokens,
    LOG_FORMAT: z.enum(['pretty', 'json']).optional(),

    // Sign-in from an identity provider (OpenID Connect / OAuth 2 access tokens as JWTs).
    AUTH_JWKS_URL: httpUrl.optional(),
    AUTH_ISSUER: z.string().min(1).optional(),
    AUTH_AUDIENCE: z.string().min(1).optional(),
    AUTH_ROLES_CLAIM: z
      .string()
      .regex(/^[\w-]+(\.[\w-]+)*$/, 'must be a claim name or a dotted path such as realm_access.roles')
      .default('roles'),
    AUTH_CLOCK_TOLERANCE_S: wholeNumber(0, 600).default(30),

    METRICS: onOff('on'),
    METRICS_PORT: portNumber(0).optional(),
    METRICS_MAX_OPERATION_NAMES: wholeNumber(1, 1000).default(100),
    OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
    // The OpenTelemetry SDK reads its other OTEL_* variables itself; this one the service passes on.
    OTEL_SERVICE_NAME: z.string().min(1).default('gouden-netwerk'),
    RATE_LIMIT_ANONYMOUS_PER_MIN: perMinute,
    RATE_LIMIT_SIGNED_IN_PER_MIN: perMinute,
    TRUST_PROXY: wholeNumber(0, 10).default(0),
    // Read by runCli before any config exists (a config error is what it often prints); listed here
    // so it is checked and documented with the rest.
    DEBUG_STACK: z.enum(['1', 'true']).optional(),

    NEO4J_URI: z
      .string()
      .refine((uri) => NEO4J_SCHEMES.some((s) => uri.startsWith(s)), {
        message: `must start with one of ${NEO4J_SCHEMES.join(', ')}`,
      })
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j 5 refuses shorter)').optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_TX_TIMEOUT_MS: positiveInt(10_000),
    NEO4J_CONNECT_TIMEOUT_MS: positiveInt(5_000),

    NEO4J_HOME: z.string().min(1).default('.neo4j'),
    NEO4J_INSTANCE: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')
      .default('default'),
    NEO4J_BOLT_PORT: port(7687),
    NEO4J_HEAP: memorySize('512m'),
    NEO4J_PAGECACHE: memorySize('256m'),
    NEO4J_START_TIMEOUT_MS: positiveInt(120_000),
    JAVA_HOME: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    // Without an issuer and an audience any token the provider ever signed would do, whoever it was for.
    for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE'] as const) {
      if (env.AUTH_JWKS_URL && !env[name]) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required when AUTH_JWKS_URL is set' });
      }
    }
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI points at an existing database',
      });
    }
  });

export type Env = z.output<typeof schema>;

/** Every variable the service reads (the README's configuration table lists each). */
export const ENV_VARIABLES = Object.keys(schema.shape);

export interface Config {
  env: Env['NODE_ENV'];
  isDevelopment: boolean;
  http: { host: string; port: number; shutdownGraceMs: number };
  logLevel: Env['LOG_LEVEL'];
  /** Unset: pretty on a terminal in development, JSON otherwise. */
  logFormat?: 'pretty' | 'json';
  /** Bearer JWTs from an identity provider, checked against its published keys (JWKS). */
  jwt?: { jwksUrl: string; issuer: string; audience: string; rolesClaim: string; clockToleranceS: number };
  metrics: { enabled: boolean; port?: number; maxOperationNames: number };
  /** OTLP/HTTP collector; unset: no tracing at all. */
  otlpEndpoint?: string;
  /** `service.name` on the spans. */
  otelServiceName: string;
  rateLimit: { anonymousPerMin: number; signedInPerMin: number };
  /** Reverse proxies in front of the service whose X-Forwarded-For is believed (0: none). */
  trustProxyHops: number;
  introspection: boolean;
  /** Bearer tokens, by the SHA-256 of the token. */
  authTokens: { subject: string; roles: Role[]; sha256: string }[];
  neo4j: {
    /** Unset: the embedded default, a local Neo4j started by this project. */
    uri?: string;
    user: string;
    password?: string;
    database: string;
    txTimeoutMs: number;
    connectTimeoutMs: number;
  };
  local: {
    home: string;
    instance: string;
    boltPort: number;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
    /** The JVM that runs Neo4j and its importer: `<javaHome>/bin/java`, or `java` on the PATH. */
    java: string;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    // One bad variable, one line (README: "named in a one-line error"); several, one line each.
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; every bad variable is named in one error. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    isDevelopment: env.NODE_ENV !== 'production',
    http: { host: env.HOST, port: env.PORT, shutdownGraceMs: env.SHUTDOWN_GRACE_MS },
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    jwt:
      env.AUTH_JWKS_URL && env.AUTH_ISSUER && env.AUTH_AUDIENCE
        ? {
            jwksUrl: env.AUTH_JWKS_URL,
            issuer: env.AUTH_ISSUER,
            audience: env.AUTH_AUDIENCE,
            rolesClaim: env.AUTH_ROLES_CLAIM,
            clockToleranceS: env.AUTH_CLOCK_TOLERANCE_S,
          }
        : undefined,
    metrics: {
      enabled: env.METRICS,
      port: env.METRICS_PORT,
      maxOperationNames: env.METRICS_MAX_OPERATION_NAMES,
    },
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    otelServiceName: env.OTEL_SERVICE_NAME,
    rateLimit: {
      anonymousPerMin: env.RATE_LIMIT_ANONYMOUS_PER_MIN,
      signedInPerMin: env.RATE_LIMIT_SIGNED_IN_PER_MIN,
    },
    trustProxyHops: env.TRUST_PROXY,
    introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
    authTokens: env.AUTH_TOKENS,
    neo4j: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
      connectTimeoutMs: env.NEO4J_CONNECT_TIMEOUT_MS,
    },
    local: {
      home: path.resolve(PROJECT_ROOT, env.NEO4J_HOME),
      instance: env.NEO4J_INSTANCE,
      boltPort: env.NEO4J_BOLT_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
      startTimeoutMs: env.NEO4J_START_TIMEOUT_MS,
      java: env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java',
    },
  };
}
