export const BUTTON_CLASS = 'bg-brand px-5 py-2 font-bold text-paper shadow-[0_2px_0_var(--color-brand-dark)] hover:bg-brand-dark';

export function SubmitButton({ children }: { children: React.ReactNode }) {
  return (
    <button type="submit" className={`mt-6 ${BUTTON_CLASS}`}>
      {children}
    </button>
  );
}
