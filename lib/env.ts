import { z } from 'zod';
import { buildEnvMismatches } from './build-env.mjs';
import { trustedHops } from './security/client-address.mjs';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = (what: string) =>
  optionalString.refine((v) => v === undefined || URL.canParse(v), { message: `must be ${what}` });

/** Public in this repository: fine for a local run, never for a public site. */
export const DEV_HASH_SALT = 'fixthecms-dev-salt-change-me';
const MIN_PRODUCTION_SECRET = 32;
const SECRETS = ['HASH_SALT', 'CONTENTFUL_WEBHOOK_SECRET', 'CONTENTFUL_PREVIEW_SECRET'] as const;

/**
 * Every environment variable the app reads, parsed once. Anything missing gets the
 * embedded default so a fresh clone runs offline; anything malformed stops start-up.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SITE_URL: z.url({ message: 'must be an absolute URL such as https://fixthecms.org.uk' }).default('http://localhost:3000'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

    CONTENT_SOURCE: z.enum(['local', 'contentful'], { message: 'must be "local" or "contentful"' }).default('local'),
    CONTENTFUL_SPACE_ID: optionalString,
    CONTENTFUL_ENVIRONMENT: z.string().trim().min(1).default('master'),
    CONTENTFUL_DELIVERY_TOKEN: optionalString,
    CONTENTFUL_PREVIEW_TOKEN: optionalString,
    CONTENTFUL_CDA_URL: z.url({ message: 'must be a URL such as https://cdn.contentful.com' }).default('https://cdn.contentful.com'),
    CONTENTFUL_CPA_URL: z.url({ message: 'must be a URL such as https://preview.contentful.com' }).default('https://preview.contentful.com'),
    CONTENTFUL_RETRY_LIMIT: z.coerce.number({ message: 'must be a whole number' }).int().min(0).max(10).default(2),
    CONTENTFUL_TIMEOUT_MS: z.coerce.number({ message: 'must be a whole number of milliseconds' }).int().min(100).max(60_000).default(8_000),
    CONTENTFUL_PREVIEW_SECRET: optionalString,
    CONTENTFUL_WEBHOOK_SECRET: optionalString,
    // Live Preview: the Contentful web app that may frame draft pages (EU spaces: https://app.eu.contentful.com).
    CONTENTFUL_APP_ORIGIN: z
      .url({ message: 'must be an origin such as https://app.contentful.com' })
      .refine((v) => new URL(v).origin === v, { message: 'must be an origin (scheme and host, no path or trailing slash) such as https://app.contentful.com' })
      .default('https://app.contentful.com'),
    CONTENT_REVALIDATE_SECONDS: z.coerce.number({ message: 'must be a whole number of seconds' }).int().min(1).default(3600),

    DATABASE_URL: optionalUrl('a postgres:// connection URL'),
    DATA_DIR: z.string().trim().min(1).default('.data'),

    SMTP_URL: optionalUrl('an smtp:// or smtps:// URL'),
    MAIL_FROM: z.string().trim().min(3).default('#FixTheCMS <hello@fixthecms.example>'),

    STRIPE_SECRET_KEY: optionalString,
    STRIPE_WEBHOOK_SECRET: optionalString,
    STRIPE_API_URL: optionalUrl('a URL such as https://api.stripe.com'),

    REPRESENTATIVES_SOURCE: z.enum(['sandbox', 'parliament'], { message: 'must be "sandbox" or "parliament"' }).default('sandbox'),
    PARLIAMENT_API_URL: z.url({ message: 'must be a URL such as https://members-api.parliament.uk' }).default('https://members-api.parliament.uk'),
    REPRESENTATIVES_TIMEOUT_MS: z.coerce.number({ message: 'must be a whole number of milliseconds' }).int().min(100).max(30_000).default(3_000),
    REPRESENTATIVES_RETRIES: z.coerce.number({ message: 'must be a whole number' }).int().min(0).max(5).default(2),

    REDIS_URL: optionalUrl('a redis:// URL'),
    HASH_SALT: z.string().min(16, { message: 'must be at least 16 characters' }).default(DEV_HASH_SALT),
    // How many proxies we run in front of the server (see lib/security/client-address.mjs).
    TRUST_PROXY: z
      .string()
      .trim()
      .regex(/^(|true|false|\d{1,2})$/i, { message: 'must be false, true (one proxy) or the number of proxies in front of the site' })
      .optional()
      .transform((v) => trustedHops(v)),

    DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case Postgres schema name' })
      .optional(),
    CACHE_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'must be 1–64 letters, digits or _ . : -' })
      .default('fixthecms'),
    // CDN purge by content tag after a publish (lib/cdn): Cloudflare, Fastly, both or neither.
    CLOUDFLARE_ZONE_ID: optionalString,
    CLOUDFLARE_API_TOKEN: optionalString,
    CLOUDFLARE_API_URL: z.url({ message: 'must be a URL such as https://api.cloudflare.com' }).default('https://api.cloudflare.com'),
    FASTLY_SERVICE_ID: optionalString,
    FASTLY_API_TOKEN: optionalString,
    FASTLY_API_URL: z.url({ message: 'must be a URL such as https://api.fastly.com' }).default('https://api.fastly.com'),
    BUILD_ID: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'must be 1–64 letters, digits or _ . -' })
      .optional(),
  })
  .superRefine((env, ctx) => {
    for (const [id, token] of [
      ['CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_API_TOKEN'],
      ['FASTLY_SERVICE_ID', 'FASTLY_API_TOKEN'],
    ] as const) {
      if (!env[id] !== !env[token]) ctx.addIssue({ code: 'custom', path: [env[id] ? token : id], message: `is required with ${env[id] ? id : token}` });
    }
    if (env.CONTENT_SOURCE !== 'contentful') return;
    for (const key of ['CONTENTFUL_SPACE_ID', 'CONTENTFUL_DELIVERY_TOKEN'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when CONTENT_SOURCE=contentful' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(env)'} ${issue.message}`);
  throw new EnvError(`Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example for every variable and its format.`);
}

function isLocalSite(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * A public site (NODE_ENV=production, SITE_URL not on this machine) with the repository's default
 * salt, or a secret short enough to guess, refuses to start. Each problem names its variable.
 */
export function productionSecretProblems(config: Env): string[] {
  if (config.NODE_ENV !== 'production' || isLocalSite(config.SITE_URL)) return [];
  const problems: string[] = [];
  if (config.HASH_SALT === DEV_HASH_SALT) problems.push('HASH_SALT is the public default from the repository: set a random value (openssl rand -hex 32)');
  for (const key of SECRETS) {
    const value = config[key];
    if (value !== undefined && value !== DEV_HASH_SALT && value.length < MIN_PRODUCTION_SECRET) {
      problems.push(`${key} is shorter than ${MIN_PRODUCTION_SECRET} characters: set a random value (openssl rand -hex 32)`);
    }
  }
  return problems;
}

/** Called when the server starts (instrumentation.ts), so a public site never runs on guessable secrets. */
export function assertProductionSecrets(config: Env): void {
  const problems = productionSecretProblems(config);
  if (problems.length > 0) throw new EnvError(`Refusing to start a public site with unsafe secrets:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

/**
 * The build recorded the variables its prerendered pages depend on (lib/build-env.mjs). A public
 * site started with other values refuses to start, naming each; elsewhere (tests, a laptop) the
 * differences come back for the caller to log, since a later render replaces those pages.
 */
export function assertBuildMatches(config: Env, built: Record<string, string> | null, source: Record<string, string | undefined> = process.env): string[] {
  if (!built) return [];
  const problems = buildEnvMismatches(built, source);
  if (problems.length > 0 && config.NODE_ENV === 'production' && !isLocalSite(config.SITE_URL)) {
    throw new EnvError(`Refusing to start: this build does not match its environment:\n${problems.map((p) => `  ${p}`).join('\n')}\nBuild with the same values (docs/deploy.md → Container).`);
  }
  return problems;
}

export const env: Env = parseEnv(process.env);
