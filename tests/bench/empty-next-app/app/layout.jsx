// The reference for the Lighthouse bench: what an App Router page costs with nothing of ours in
// it (no layout, styles, client components or content). Plain JSX, so Next sets up no TypeScript.
export const metadata = { title: 'Empty page', description: 'A Next.js page with nothing on it.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
