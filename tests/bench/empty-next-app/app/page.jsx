export default function Page() {
  return (
    <main>
      <h1>Empty page</h1>
      <p>Nothing else is on this page.</p>
    </main>
  );
}
