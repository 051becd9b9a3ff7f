import { registeredStatus, type Operator } from '@/lib/operator';

/**
 * The controller's identity and contact details (UK GDPR Article 13(1)(a)), from the
 * site-settings record, so the privacy notice always names the organisation that runs the site.
 */
export function DataController({ operator }: { operator: Operator | null }) {
  return (
    <section aria-labelledby="controller-heading" className="max-w-prose" data-testid="data-controller">
      <h2 id="controller-heading" className="text-step-2">
        Who is responsible for your information
      </h2>
      {operator ? (
        <>
          <p className="mt-2">
            {`${operator.legalName} runs this site and is the controller of the personal information it collects: it decides why and how your information is used. ${operator.legalName} is ${registeredStatus(operator)}.`}
          </p>
          <address className="mt-2 not-italic">
            {operator.addressLines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
          <p className="mt-2">
            Email <a href={`mailto:${operator.dataProtectionEmail}`}>{operator.dataProtectionEmail}</a> with any question about this notice or your information, or to use your rights.
          </p>
          {operator.icoRegistrationNumber ? <p className="mt-2">{`Registered with the Information Commissioner’s Office: ${operator.icoRegistrationNumber}.`}</p> : null}
        </>
      ) : (
        <p className="mt-2">The details of the organisation responsible cannot be shown right now. Please try again later.</p>
      )}
    </section>
  );
}
