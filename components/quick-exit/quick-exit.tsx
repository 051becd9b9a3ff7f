import { QuickExitLink } from './quick-exit-link';

/**
 * Sticky bar on every page. The exit link comes first in the DOM (the second tab stop after the
 * skip link); row-reverse shows it at the right, where readers expect it.
 */
export function QuickExit({ destination }: { destination: string }) {
  return (
    <aside aria-label="Quick exit" className="sticky top-0 z-50 bg-ink text-white">
      <div className="page-container flex flex-row-reverse flex-wrap items-center gap-x-4 gap-y-1 py-2">
        <QuickExitLink destination={destination} />
        <p className="mr-auto text-step--1">
          Or press <kbd className="font-sans font-bold">Esc</kbd> twice.{' '}
          <a href="/cover-your-tracks" className="text-white hover:text-white">
            How to cover your tracks
          </a>
        </p>
      </div>
    </aside>
  );
}
