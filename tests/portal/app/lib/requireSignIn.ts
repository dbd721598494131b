// Pages that need a session send the visitor to the sign-in page with the return URL, which the sign-in buttons pass
// on to the SSO as `state` (FACTS §4). "Dịch vụ công của tôi" goes straight to VNeID, as the real portal does.
import { navigate } from './router';
import { vneidUrl } from './session';

export function goToSignIn(): void {
  navigate(`/portaldvc/dang-nhap?returnUrl=${encodeURIComponent(window.location.href)}`, { replace: true });
}

export function goToVneid(): void {
  window.location.replace(vneidUrl(window.location.href));
}
