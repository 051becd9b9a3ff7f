import { ImageResponse } from 'next/og';

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * The share card drawn by next/og with its bundled font, so nothing is fetched from outside.
 * Colours are the site's brand tokens (next/og cannot read CSS variables).
 */
export function ogCard({ kicker, title, footer }: { kicker: string; title: string; footer: string }) {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: '#0b5560',
          color: '#fbfaf7',
          borderBottom: '24px solid #ffd23f',
        }}
      >
        <div style={{ fontSize: 32, fontWeight: 700, color: '#ffd23f' }}>{kicker}</div>
        <div style={{ fontSize: title.length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ fontSize: 28 }}>{footer}</div>
      </div>
    ),
    OG_SIZE,
  );
}
