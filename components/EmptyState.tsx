import type { ComponentChildren } from 'preact';

/** An honest "nothing here yet" block that says what will appear and how to get it. */
export interface EmptyStateProps {
  title: string;
  titleEn: string;
  children?: ComponentChildren;
}

export function EmptyState({ title, titleEn, children }: EmptyStateProps) {
  return (
    <section class="empty" aria-label={title}>
      <h2>
        {title}
        <span class="en" lang="en">{titleEn}</span>
      </h2>
      {children}
    </section>
  );
}
