import type { MpCard as Mp } from '@/lib/write-to-mp/fields';

export function MpCard({ mp }: { mp: Mp }) {
  return (
    <div className="border-l-8 border-brand bg-surface p-4">
      <p className="text-step--1 font-semibold text-muted">Your MP</p>
      <p className="text-step-2 font-bold">{mp.name}</p>
      <p>
        {mp.party ? `${mp.party}, ` : ''}MP for {mp.constituency}
      </p>
      {mp.email ? (
        <p className="mt-2">
          Email: <span className="font-semibold break-all">{mp.email}</span>
        </p>
      ) : (
        <p className="mt-2">
          {mp.name} does not publish an email address. You can send your letter through{' '}
          <a href={mp.contactUrl} rel="noreferrer">
            their official contact page
          </a>
          .
        </p>
      )}
    </div>
  );
}
