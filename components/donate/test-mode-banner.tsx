/** Unmissable label on every sandbox page: nothing here moves real money. */
export function TestModeBanner() {
  return (
    <div className="border-4 border-ink bg-accent p-4 text-ink">
      <p className="text-step-1 font-bold">Test mode — no money is taken</p>
      <p>Payments are not set up on this copy of the site. This page stands in for the payment provider so the donation flow can be tried safely.</p>
    </div>
  );
}
