import type { EntityInput, Label, ReapplicationBan, Report } from 'youpin';

/**
 * One round of a programme (一届 / 一批) as plain data, to store and to re-run years later: the
 * model (its id, version and the SHA-256 of its definition), the evaluation date, the batch (its
 * rows and their SHA-256), the re-application bans that applied, the library version and the
 * report. `replay(edition)` scores it again and says whether the report is the same to the byte.
 */
export interface Edition {
  readonly format: 'youpin.edition/1';
  /** The round's name (`2024`, `第三批`). */
  readonly id: string;
  readonly model: { readonly id: string; readonly version: string; readonly hash: string };
  readonly evaluationDate: string;
  readonly batch: { readonly hash: string; readonly rows: readonly EntityInput[] };
  /** The bans in force on the evaluation date, as `score` took them. */
  readonly bans: readonly ReapplicationBan[];
  /** The youpin version that scored it. */
  readonly library: string;
  /** The report; its `definition` is the model. */
  readonly report: Report;
}

/** A title's status (称号状态). */
export type TitleStatus =
  | 'active'
  | 'rectification'
  | 'suspended'
  | 'revoked'
  | 'expired'
  | 'renewed';

/** One change of a title's status, with its reason in both languages. */
export interface StatusChange {
  readonly date: string;
  readonly status: TitleStatus;
  /**
   * `awarded`, `renewed`, `expired`, `veto_fired`, `monitoring_revoke`, `monitoring_rectify`,
   * `monitoring_suspend`, `rectified`, `rectification_missed`.
   */
  readonly reason: string;
  readonly message: string;
  readonly messageZh: string;
  /** The rule that acted (a veto's or a monitoring rule's id), if any. */
  readonly rule: string | null;
  /** Under rectification or suspended: the last day to rectify. */
  readonly deadline: string | null;
  /** The edition that awarded or renewed it. */
  readonly edition: string | null;
}

/** A title held by a brand or product (称号), from its award to now. */
export interface Title {
  /** `edition/holder`, unique in a register. */
  readonly id: string;
  readonly holder: string;
  readonly name: string | Label | null;
  readonly sector: string;
  readonly edition: string;
  readonly model: { readonly id: string; readonly version: string };
  readonly awarded: string;
  /** The last day of validity (the award date plus the model's `validity.years`, less a day). */
  readonly validUntil: string;
  /** Oldest first; the last is the title's status now. */
  readonly history: readonly StatusChange[];
}

/** The register of titles (称号名录), plain JSON for the calling service to keep. */
export interface Register {
  readonly format: 'youpin.register/1';
  readonly titles: readonly Title[];
}
