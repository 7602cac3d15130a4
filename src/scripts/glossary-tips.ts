/**
 * Glossary tips show by CSS on hover and focus; this only lets Esc hide an open tip without moving the
 * pointer or the focus (WCAG 1.4.13). The tip comes back when the pointer or focus next arrives.
 */
export function initGlossaryTips(): void {
  const terms = [...document.querySelectorAll<HTMLElement>('.glossary-term')];
  if (terms.length === 0) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of terms) if (term.matches(':hover, :focus-within')) term.classList.add('is-dismissed');
  });
  for (const term of terms) {
    const restore = () => term.classList.remove('is-dismissed');
    term.addEventListener('mouseleave', restore);
    term.addEventListener('focusout', restore);
  }
}
