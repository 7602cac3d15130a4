import { type PreviewData, type PreviewTarget, previewOf, previewTarget } from '../lib/link-previews.ts';

/** How long a pointer or the focus rests on a link before its preview shows: passing over a link shows nothing. */
const showDelay = 350;
/** Time to move the pointer from the link onto its preview, which stays while hovered (WCAG 1.4.13). */
const hideDelay = 200;
/** Space between the link and its preview, and the least space left to the window's edges. */
const gap = 8;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The link under an event in the note and the preview it asks for; heading anchors (`#` beside a heading) have none. */
function previewableLink(target: EventTarget | null): { link: HTMLAnchorElement; target: PreviewTarget } | undefined {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('.prose a[href]:not(.heading-anchor)') : null;
  const found = link ? previewTarget(new URL(link.href), new URL(location.href), base) : undefined;
  return link && found ? { link, target: found } : undefined;
}

/**
 * Previews of the links in a note, loaded on the first hover or keyboard focus (src/scripts/link-previews.ts).
 * One box for every link, in the top layer as a manual popover (a fixed box where the Popover API is missing):
 * it never takes part in the article's layout, so opening or closing it moves nothing. It takes no focus and
 * holds nothing focusable; the link names it with aria-describedby while it shows. Its position is worked out
 * from the link each time it shows and again on every scroll or resize, so it never stays where the link was.
 */
export class LinkPreviews {
  private readonly box = document.createElement('div');
  private readonly popover = 'showPopover' in this.box;
  private readonly data = new Map<string, Promise<PreviewData | undefined>>();
  /** The link whose preview shows or is about to. */
  private link: HTMLAnchorElement | undefined;
  private open = false;
  /** A link whose preview Esc closed: it stays closed until the pointer or focus leaves that link. */
  private dismissed: HTMLAnchorElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(prose: HTMLElement) {
    const { box } = this;
    box.id = 'link-preview';
    box.className = 'link-preview';
    box.setAttribute('role', 'tooltip');
    if (this.popover) box.popover = 'manual';
    else box.hidden = true;
    document.body.append(box);

    const enter = (event: Event) => this.enter(event);
    const leave = (event: Event) => {
      const link = previewableLink(event.target)?.link;
      const to = (event as FocusEvent | PointerEvent).relatedTarget;
      if (!link || (to instanceof Node && (link.contains(to) || box.contains(to)))) return;
      if (link === this.dismissed) this.dismissed = undefined;
      // An open preview waits a moment for the pointer to reach it; one still waiting to show is simply dropped.
      if (link !== this.link) return;
      if (this.open) this.later(() => this.hide(), hideDelay);
      else this.hide();
    };
    prose.addEventListener('pointerover', enter);
    prose.addEventListener('focusin', enter);
    prose.addEventListener('pointerout', leave);
    prose.addEventListener('focusout', leave);
    box.addEventListener('pointerenter', () => clearTimeout(this.timer));
    box.addEventListener('pointerleave', () => this.later(() => this.hide(), hideDelay));
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.link) return;
      this.dismissed = this.link;
      this.hide();
    });
    const follow = () => {
      if (!this.open || this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.place();
      });
    };
    addEventListener('scroll', follow, { passive: true, capture: true });
    addEventListener('resize', follow, { passive: true });
  }

  /** A mouse or pen over a link, or keyboard focus on it, asks for its preview; a touch or a click's focus does not. */
  enter(event: Event): void {
    const found = previewableLink(event.target);
    const wanted = event.type === 'focusin' ? found?.link.matches(':focus-visible') : (event as PointerEvent).pointerType !== 'touch';
    if (found && wanted) this.schedule(found.link, found.target);
  }

  /** Shows `link`'s preview after the delay, if the pointer or the focus is still on it then. */
  private schedule(link: HTMLAnchorElement, target: PreviewTarget): void {
    if (link === this.dismissed) return;
    if (link === this.link) {
      if (this.open) clearTimeout(this.timer);
      return;
    }
    this.hide();
    this.link = link;
    const data = this.load(target.dataUrl);
    this.later(async () => {
      const found = await data;
      if (this.link !== link || !found || !link.matches(':hover, :focus-visible')) return;
      this.show(link, previewOf(found, target.id, target.samePage));
    }, showDelay);
  }

  private later(action: () => void, delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(action, delay);
  }

  private load(url: string): Promise<PreviewData | undefined> {
    let loaded = this.data.get(url);
    if (!loaded) {
      loaded = fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<PreviewData>) : undefined))
        .catch(() => undefined);
      this.data.set(url, loaded);
    }
    return loaded;
  }

  private show(link: HTMLAnchorElement, preview: ReturnType<typeof previewOf>): void {
    const part = (tag: string, className: string, text: string) => {
      const element = document.createElement(tag);
      element.className = className;
      element.textContent = text;
      return element;
    };
    this.box.replaceChildren(
      ...(preview.page ? [part('span', 'link-preview-page', preview.page)] : []),
      part('strong', 'link-preview-title', preview.title),
      ...(preview.text ? [part('span', 'link-preview-text', preview.text)] : []),
    );
    if (this.popover) this.box.showPopover();
    else this.box.hidden = false;
    this.open = true;
    link.setAttribute('aria-describedby', this.box.id);
    this.place();
  }

  private hide(): void {
    clearTimeout(this.timer);
    this.link?.removeAttribute('aria-describedby');
    this.link = undefined;
    if (!this.open) return;
    this.open = false;
    if (this.popover) this.box.hidePopover();
    else this.box.hidden = true;
  }

  /** Below the link, or above it when there is no room below; hidden once the link has left the window. */
  private place(): void {
    if (!this.open || !this.link) return;
    const rect = this.link.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    if (rect.bottom < 0 || rect.top > clientHeight) {
      this.hide();
      return;
    }
    const { offsetWidth: width, offsetHeight: height } = this.box;
    const below = rect.bottom + gap;
    const top = below + height > clientHeight - gap && rect.top - gap - height >= gap ? rect.top - gap - height : below;
    this.box.style.left = `${Math.max(gap, Math.min(rect.left, clientWidth - width - gap))}px`;
    this.box.style.top = `${top}px`;
  }
}
