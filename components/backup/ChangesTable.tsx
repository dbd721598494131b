/** The fields of one profile or dossier that would change: what is there now, and what would replace it. */
import type { FieldChange } from './describe';

export interface ChangesTableProps {
  changes: readonly FieldChange[];
  /** Heading of the new values' column: "Trong tệp" for a backup, "Trên thẻ" for an ID card. */
  newHeading: string;
  /** For screen readers, when the table has no visible title of its own. */
  caption?: string;
}

export function ChangesTable({ changes, newHeading, caption }: ChangesTableProps) {
  return (
    <table class="changes">
      {caption && <caption class="sr-only">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Mục</th>
          <th scope="col">Đang có</th>
          <th scope="col">{newHeading}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path}>
            <th scope="row">{c.label}</th>
            <td>{c.before}</td>
            <td>{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
