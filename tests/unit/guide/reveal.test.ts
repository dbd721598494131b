import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealTarget } from '../../../utils/guide/reveal';

afterEach(() => {
  document.body.innerHTML = '';
});

function placed(top: number): HTMLElement {
  const element = document.body.appendChild(document.createElement('button'));
  element.getBoundingClientRect = () => new DOMRect(10, top, 100, 30);
  element.scrollIntoView = vi.fn();
  return element;
}

describe('bringing a target into view', () => {
  it('scrolls a target below the fold to the middle of the viewport', () => {
    const element = placed(window.innerHeight + 400);
    revealTarget(element);
    expect(element.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
  });

  it('leaves a target that is already visible where it is', () => {
    const element = placed(50);
    revealTarget(element);
    expect(element.scrollIntoView).not.toHaveBeenCalled();
  });
});
