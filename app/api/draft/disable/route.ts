import { draftMode } from 'next/headers';

/** Ends a preview session (the preview bar's "Exit preview" link) and returns to the home page. */
export async function GET() {
  (await draftMode()).disable();
  return new Response(null, { status: 307, headers: { 'Cache-Control': 'no-store', Location: '/' } });
}

export const POST = GET;
