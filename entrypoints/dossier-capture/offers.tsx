/**
 * "Lưu mã hồ sơ" buttons next to codes that only appear on the page. Each lives in its own small closed shadow root,
 * appended inside the element that shows the code, and is put back if the portal re-renders that element.
 */
import { render } from 'preact';
import { OfferButton, offerButtonCss } from '../../components/portal/OfferButton';
import type { CodeOffer } from '../../utils/dossier/capture';

interface Placed {
  host: HTMLElement;
  root: ShadowRoot;
}

export interface OfferLayer {
  show(offers: readonly CodeOffer[], onSave: (offer: CodeOffer) => Promise<boolean>): void;
  clear(): void;
}

/** @param ownUiSelector marks each button's host so no scan of the page ever reads it (e.g. `[data-tro-ly-dvc-ui]`). */
export function createOfferLayer(ownUiSelector: string): OfferLayer {
  const hostAttribute = ownUiSelector.replace(/^\[|\]$/g, '');
  const placed = new Map<Element, Placed>();
  const saved = new Set<string>();
  let shown: { offers: readonly CodeOffer[]; onSave: (offer: CodeOffer) => Promise<boolean> } | undefined;

  const draw = (place: Placed, offer: CodeOffer, onSave: (offer: CodeOffer) => Promise<boolean>) => {
    render(
      <>
        <style>{offerButtonCss}</style>
        <OfferButton
          code={offer.code}
          saved={saved.has(offer.code)}
          onSave={() => {
            void onSave(offer).then((ok) => {
              if (ok) saved.add(offer.code);
              // Redraw everything: the portal may have re-rendered the row while the save was on its way.
              if (shown) layer.show(shown.offers, shown.onSave);
            });
          }}
        />
      </>,
      place.root,
    );
  };

  const layer: OfferLayer = {
    show(offers, onSave) {
      shown = { offers, onSave };
      const wanted = new Set(offers.map((o) => o.element));
      for (const [element, place] of placed) {
        if (!wanted.has(element) || !element.isConnected) {
          place.host.remove();
          placed.delete(element);
        }
      }
      for (const offer of offers) {
        let place = placed.get(offer.element);
        if (!place || !place.host.isConnected) {
          const host = document.createElement('tro-ly-dvc-offer');
          host.setAttribute(hostAttribute, '');
          place = { host, root: host.attachShadow({ mode: 'closed' }) };
          offer.element.append(host);
          placed.set(offer.element, place);
        }
        draw(place, offer, onSave);
      }
    },
    clear() {
      for (const place of placed.values()) place.host.remove();
      placed.clear();
      shown = undefined;
    },
  };
  return layer;
}
