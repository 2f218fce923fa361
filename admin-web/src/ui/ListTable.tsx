import { Table } from "@mantine/core";
import type { ReactNode } from "react";

/** A striped table of records with a caption ("25 of 312 users") and one header per column. */
export function ListTable({
  caption,
  headers,
  minWidth,
  children,
}: {
  caption: ReactNode;
  headers: ReactNode[];
  minWidth: number;
  /** The rows (Table.Tr). */
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header, i) => (
              <Table.Th key={i}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
