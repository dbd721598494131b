/**
 * "Điền tự động" on the page: a bar in the page flow just above the portal's form (never covering its controls), and
 * the fill itself, started only by the person: a trusted click on the bar, or the popup, the keyboard shortcut or the
 * context menu through the background. The profile is asked for only then; the engine is injected only then.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FillBar, type ProfileChoice } from '../../components/autofill/FillBar';
import { fillCss } from '../../components/autofill/styles';
import { request } from '../../utils/messaging';
import { loadedModule } from '../../utils/portal/modules';
import type { PageWatcher } from '../../utils/portal/page-watcher';
import type { CaptureLoader } from './capture';
import { UI_HOST_ATTRIBUTE } from './ui';

const FORM_CANDIDATES = 'form, .formio-form, [role=form], table';
/** Fields a person types or picks an answer into; radios and checkboxes alone (a bank choice) are not a form to fill. */
const FIELDS =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=reset]):not([type=file]):not([type=radio]):not([type=checkbox]), select, textarea';
/** Fewer fields than this is a search box or the lookup form, not a form worth filling. */
const MIN_FIELDS = 3;

/** The outermost visible form-like container with enough fields, and no password (a sign-in form is not ours). */
export function findFillableForm(doc: Document): Element | undefined {
  let chosen: Element | undefined;
  for (const candidate of Array.from(doc.querySelectorAll(FORM_CANDIDATES))) {
    if (chosen?.contains(candidate)) continue;
    if (candidate.closest(`[${UI_HOST_ATTRIBUTE}]`) || candidate.querySelector('input[type=password]')) continue;
    const visible = Array.from(candidate.querySelectorAll<HTMLElement>(FIELDS)).filter((f) => f.getClientRects().length > 0);
    if (visible.length >= MIN_FIELDS) {
      chosen = candidate;
      break;
    }
  }
  return chosen;
}

export interface FillWiring {
  /** Runs the fill as if the bar's button had been pressed (a request from the popup, a shortcut or the menu). */
  start(): Promise<{ started: boolean; message?: string }>;
  /** The bar, when the page shows one: the target of guide steps that point at "Điền tự động". */
  target(): Element | undefined;
  /** Takes the last fill's report off the page (the next resident must not see the previous one's data). */
  reset(): void;
}

export function startFillBar(ctx: ContentScriptContext, watcher: PageWatcher, codes: CaptureLoader): FillWiring {
  let host: HTMLElement | undefined;
  let container: HTMLElement | undefined;
  let report: HTMLElement | null = null;
  let profiles: ProfileChoice[] = [];
  let chosenId: string | undefined;
  let busy = false;
  let message: string | undefined;
  let choicesLoaded = false;

  const draw = () => {
    if (!container) return;
    render(
      <FillBar
        profiles={profiles}
        chosenId={chosenId}
        busy={busy}
        message={message}
        onChoose={(id) => {
          chosenId = id;
          draw();
        }}
        onFill={() => void fill()}
        onOpenOptions={() => void request('app/open-options', {})}
        reportRef={(element) => (report = element)}
      />,
      container,
    );
  };

  const loadChoices = async () => {
    const choices = await request('fill/choices', {});
    profiles = choices.profiles;
    if (!profiles.some((p) => p.id === chosenId)) chosenId = choices.activeId ?? profiles[0]?.id;
    choicesLoaded = true;
    draw();
  };

  const place = () => {
    const form = findFillableForm(document);
    if (!form) {
      host?.remove();
      return;
    }
    if (!host) {
      host = document.createElement('tro-ly-dvc-fill');
      host.setAttribute(UI_HOST_ATTRIBUTE, '');
      // Closed, and keys typed in it stay in it: the portal's shortcuts never see them.
      const shadow = host.attachShadow({ mode: 'closed' });
      for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
      const style = document.createElement('style');
      style.textContent = fillCss;
      container = document.createElement('div');
      shadow.append(style, container);
    }
    if (host.nextElementSibling !== form) form.before(host);
    if (!choicesLoaded) void loadChoices().catch(() => undefined);
    draw();
  };

  const fill = async (): Promise<{ started: boolean; message?: string }> => {
    if (busy) return { started: false, message: 'Trợ lý đang điền biểu mẫu.' };
    if (!host?.isConnected) place();
    if (!host?.isConnected || !report) return { started: false, message: 'Không tìm thấy biểu mẫu để điền trên trang này.' };
    busy = true;
    message = undefined;
    draw();
    try {
      await loadChoices();
      if (!chosenId) {
        message = 'Chưa có thông tin cá nhân. Hãy bấm “Thêm thông tin cá nhân” để lưu thông tin của bạn trước.';
        return { started: false, message };
      }
      if (!loadedModule('fill')) await request('module/load', { name: 'fill' });
      const engine = loadedModule('fill');
      if (!engine) throw new Error('Không tải được bộ điền biểu mẫu.');
      const { profile } = await request('fill/profile', { id: chosenId });
      await engine.fill({ profile, reportContainer: report, exclude: [host] });
      // A code shown after this form is submitted belongs to this profile's owner.
      void codes.load().then((capture) => capture?.setFilledIdNumber(profile.idNumber));
      return { started: true };
    } catch (error) {
      message = `Không điền được biểu mẫu: ${(error as Error).message}`;
      return { started: false, message };
    } finally {
      busy = false;
      draw();
    }
  };

  const unsubscribe = watcher.subscribe(place);
  ctx.onInvalidated(() => {
    unsubscribe();
    if (container) render(null, container);
    host?.remove();
  });
  place();
  return {
    start: fill,
    target: () => (host?.isConnected ? host : undefined),
    reset() {
      loadedModule('fill')?.clear();
      chosenId = undefined;
      choicesLoaded = false;
      message = undefined;
      draw();
    },
  };
}
