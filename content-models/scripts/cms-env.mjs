/**
 * Shared start-up check for the scripts that talk to a real Contentful space: stop with a clear
 * message, before loading any Contentful tooling, when a variable is missing.
 */
export function requireEnv(script, names) {
  const missing = names.filter((name) => !process.env[name]?.trim());
  if (missing.length === 0) return Object.fromEntries(names.map((name) => [name, process.env[name].trim()]));
  console.error(
    [
      `${script}: refusing to run, missing ${missing.join(' and ')}.`,
      `Set ${names.join(' and ')} (Contentful → Settings → API keys → Content management tokens),`,
      'for example in .env.local, then run the command again. Nothing was changed.',
    ].join('\n'),
  );
  process.exit(2);
}

export const environmentId = () => process.env.CONTENTFUL_ENVIRONMENT?.trim() || 'master';
