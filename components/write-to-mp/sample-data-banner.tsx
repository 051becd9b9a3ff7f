import { SANDBOX_LABEL } from '@/lib/representatives/sandbox-data';

/** On every page that can show sandbox MPs: nobody must mistake them for real people. */
export function SampleDataBanner() {
  return (
    <div className="border-4 border-ink bg-accent p-4 text-ink">
      <p className="text-step-1 font-bold">{SANDBOX_LABEL}</p>
      <p>
        MP lookups on this copy of the site answer from made-up constituencies and people. Try SW1A 0AA, EH99 1SP, CF99 1SN, BT4 3XX (no
        email address) or M1 1AE (a vacant seat).
      </p>
    </div>
  );
}
