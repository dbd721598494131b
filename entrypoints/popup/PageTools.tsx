/**
 * The place for popup features about the page the person is on, not built yet: "Điền biểu mẫu trên trang này"
 * (autofill on request) and the volunteer-mode switch with its guides. They go here, above the saved dossiers, so the
 * popup keeps one order: this page first, then my dossiers. Renders nothing until they exist.
 */
export function PageTools() {
  return null;
}
