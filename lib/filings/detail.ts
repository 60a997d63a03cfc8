/** What a filing's detail view shows, kind by kind, for the unit (个人中心) and for reviewers. */
export type DetailField = { label: string; value: string; mono?: boolean };
export type DetailFile = { id: string; slotLabel: string; name: string; mime: string; size: number };

export type DetailSection =
  | { type: 'fields'; title: string; fields: DetailField[] }
  | { type: 'files'; title: string; files: DetailFile[] }
  | { type: 'table'; title: string; columns: string[]; rows: string[][]; note?: string };
