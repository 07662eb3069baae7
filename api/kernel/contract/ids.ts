/** The portal's record ids (UUIDs). Pure: safe in the browser. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be the id of a record: checked before a route looks it up. */
export function isRecordId(value: string): boolean {
  return UUID.test(value);
}
