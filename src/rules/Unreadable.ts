/**
 * A value that is present but could not be read (its issue is on the row). A rule that needs it
 * is neither failed nor unknown: the row is invalid until the value is fixed (DESIGN §14).
 */
export class Unreadable {
  constructor(readonly raw: unknown) {}
}
