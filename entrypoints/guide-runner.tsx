/**
 * The guide runner, injected on demand into a portal tab (see utils/portal/modules.ts): draws the overlay in its own
 * closed shadow root and drives the tour. Registered for the always-on content script in the same isolated world.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Overlay, OVERLAY_CSS } from '../components/guide';
import { builtInGuide, createGuideRunner, isBuiltInGuideId, type GuideRunner } from '../utils/guide';
import { registerModule, type GuideModule } from '../utils/portal/modules';

const UI_HOST_ATTRIBUTE = 'data-tro-ly-dvc-ui';

export default defineUnlistedScript(() => {
  let runner: GuideRunner | undefined;
  let host: HTMLElement | undefined;

  const teardown = () => {
    runner?.stop();
    runner = undefined;
    host?.remove();
    host = undefined;
  };

  const module: GuideModule = {
    get running() {
      return runner !== undefined;
    },
    async start({ guideId, fresh, volunteer, store, autofillTarget, onEnd }) {
      const guide = isBuiltInGuideId(guideId) ? builtInGuide(guideId) : undefined;
      if (!guide) return;
      teardown();
      host = document.createElement('tro-ly-dvc-guide');
      host.setAttribute(UI_HOST_ATTRIBUTE, '');
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = `:host { all: initial; }\n${OVERLAY_CSS}`;
      const container = document.createElement('div');
      shadow.append(style, container);
      document.body.append(host);
      const ownHost = host;

      const current = createGuideRunner({
        guide,
        store,
        document,
        // The overlay's own host; the extension's other UI sits in closed shadow roots that locators cannot enter.
        exclude: ownHost,
        watchUrl: (onChange) => {
          // SPA navigations without DOM events: the Navigation API reports them after the URL has changed.
          const navigation = (globalThis as { navigation?: EventTarget }).navigation;
          navigation?.addEventListener('navigatesuccess', onChange);
          return () => navigation?.removeEventListener('navigatesuccess', onChange);
        },
        resolveExtension: (target) => (target === 'autofill-button' ? autofillTarget() : undefined),
        render: (view) =>
          render(
            view ? (
              <Overlay
                view={view}
                volunteer={volunteer}
                onNext={() => current.next()}
                onBack={() => current.back()}
                onClose={() => current.close()}
                onSkip={() => current.skip()}
                onShowWithoutTarget={() => current.showWithoutTarget()}
                onOpenPage={(url) => location.assign(url)}
              />
            ) : null,
            container,
          ),
        onEnd: () => {
          teardown();
          onEnd?.();
        },
      });
      runner = current;
      await current.start({ fresh });
    },
    stop: teardown,
  };
  registerModule('guide', module);
});
