import { Box, Card, Group, Stack, Table, Text, useMantineTheme, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import type { Key, ReactNode } from "react";
import { ListTable } from "./ListTable";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/** True below Mantine's `sm` breakpoint (48em), where the navigation also folds into the menu button. */
export function usePhoneWidth() {
  const theme = useMantineTheme();
  // Read at once, not in an effect, so a phone never draws the table first.
  return useMediaQuery(`not all and (min-width: ${theme.breakpoints.sm})`, false, { getInitialValueInEffect: false });
}

/**
 * Records as a table, and on a phone as one card per record: a table that wide would hide its last columns (status,
 * the actions) behind a sideways scroll. In a card the first column is the title, the others are label and value,
 * and the actions sit at its foot, always shown.
 */
export function ResponsiveTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  actions,
  minWidth,
}: {
  /** Says what is listed, e.g. "25 of 312 users"; the table's caption, and the list's name on a phone. */
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  /** Buttons for one record, each named for it (e.g. "Rename Work laptop"). */
  actions?: (row: T) => ReactNode;
  /** The table's width before it scrolls sideways. */
  minWidth: number;
}) {
  const phone = usePhoneWidth();
  if (phone) {
    const [title, ...facts] = columns;
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {caption}
        </Text>
        <Stack component="ul" gap="sm" m={0} p={0} aria-label={caption} style={{ listStyle: "none" }}>
          {rows.map((row) => (
            <Card component="li" key={rowKey(row)} withBorder radius="md" padding="sm">
              <Box mb="xs">{title?.cell(row)}</Box>
              <Stack component="dl" gap={6} m={0}>
                {facts.map((column) => (
                  <Group key={column.header} gap="xs" wrap="nowrap" align="baseline">
                    <Text component="dt" size="xs" c="dimmed" w={96} style={{ flexShrink: 0 }}>
                      {column.header}
                    </Text>
                    <Text component="dd" size="sm" m={0} style={{ minWidth: 0, overflowWrap: "anywhere" }}>
                      {column.cell(row)}
                    </Text>
                  </Group>
                ))}
              </Stack>
              {actions && (
                <Group gap="xs" mt="sm" wrap="wrap">
                  {actions(row)}
                </Group>
              )}
            </Card>
          ))}
        </Stack>
      </Stack>
    );
  }
  return (
    <ListTable
      caption={caption}
      headers={[
        ...columns.map((column) => column.header),
        ...(actions ? [<VisuallyHidden key="actions">Actions</VisuallyHidden>] : []),
      ]}
      minWidth={minWidth}
    >
      {rows.map((row) => (
        <Table.Tr key={rowKey(row)}>
          {columns.map((column) => (
            <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
          ))}
          {actions && (
            <Table.Td>
              <Group gap={4} wrap="nowrap" justify="flex-end">
                {actions(row)}
              </Group>
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </ListTable>
  );
}
