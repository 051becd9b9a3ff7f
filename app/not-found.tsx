export default function NotFound() {
  return (
    <div className="page-container py-16">
      <h1 className="text-step-4">Page not found</h1>
      <p className="mt-4 max-w-prose">
        We could not find that page. It may have moved, or the address may be mistyped.
      </p>
      <p className="mt-4">
        <a href="/">Go to the home page</a>
      </p>
    </div>
  );
}
