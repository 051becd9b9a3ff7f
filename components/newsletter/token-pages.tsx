import type { ReactNode } from 'react';

export function TokenPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page-container py-10">
      <div className="max-w-prose space-y-4">
        <h1 className="text-step-4">{title}</h1>
        {children}
      </div>
    </div>
  );
}

/** `fields`: other hidden fields the action needs besides the token (the letter's slug …). */
export function TokenButton({ action, token, label, fields = {} }: { action: (form: FormData) => Promise<void>; token: string; label: string; fields?: Record<string, string> }) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="bg-brand px-5 py-2 font-bold text-paper shadow-[0_2px_0_var(--color-brand-dark)] hover:bg-brand-dark">
        {label}
      </button>
    </form>
  );
}

/** The database cannot say what a link is just now: it may well be good, so nothing is spent or refused. */
export function LinkUnavailable() {
  return (
    <TokenPage title="Sorry, there is a problem">
      <p>We cannot check your link just now. Please try again in a few minutes.</p>
    </TokenPage>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="border-l-8 border-danger bg-surface p-4">
      {children}
    </div>
  );
}

export function HomeLink() {
  return (
    <p>
      <a href="/">Go to the home page</a>
    </p>
  );
}
