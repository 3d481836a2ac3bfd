/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A case put on the forum's balance list (balanslista). */
export type AddToBalanceListInput = {
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** Why, as the protocol gives it. */
  note?: string | null | undefined;
};

/** An answer (svar) to a question, which may also be a promise. */
export type AnswerQuestionInput = {
  /** The party that answers, usually "Arbetsgivaren". */
  by: string;
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /** A promise made with the answer ("kommer att tas upp i kommande utbildningar"). */
  commitment?: CommitmentInput | null | undefined;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** The person who answers, where named. */
  person?: string | null | undefined;
  /** The answer. */
  text: string;
};

/** A follow-up question (följdfråga) on a question. */
export type AskFollowUpInput = {
  /** The party that asks. */
  by: string;
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** The follow-up question. */
  text: string;
};

/** Before or after a meeting. */
export type BeforeOrAfter =
  /** Efter mötet: as the list stood at the end of the meeting's day. */
  | 'AFTER'
  /** Inför mötet: as the list stood at the end of the day before. */
  | 'BEFORE';

/** Which cases `cases` lists; every given field must hold. */
export type CaseFilter = {
  /** The party that must answer. */
  addressedTo?: string | null | undefined;
  /** Only cases of this forum (its id or code, "FG-HÄ"). */
  forumId?: string | number | null | undefined;
  /** Only cases of this kind. */
  kind?: CaseKind | null | undefined;
  /** The case appeared at this meeting (its id, or forum and date: "FG-HÄ 2025-01-14"). */
  meetingId?: string | number | null | undefined;
  /** On the balance list (balanslistan). */
  onBalanceList?: boolean | null | undefined;
  /** Försenad: something on the case is overdue. */
  overdue?: boolean | null | undefined;
  /** The party that owes something on the case now (or as of `asOf`). */
  owedBy?: string | null | undefined;
  /** The party that asked, as protocols write it ("Kommunal", "SACO"). */
  raisedBy?: string | null | undefined;
  /** Only open, answered or closed cases. */
  status?: CaseStatus | null | undefined;
  /**
   * Free text: every word must occur in the title, text, answers, commitments, statements or
   * registry number, ignoring letter case (å, ä, ö included).
   */
  text?: string | null | undefined;
};

/** What kind of matter a case is. */
export type CaseKind =
  /** Nämndärende: a matter for the political board. */
  | 'BOARD_MATTER'
  /** Åtagande: a promise to come back or to do something. */
  | 'COMMITMENT'
  /** Förhandling: a matter settled in samverkan. */
  | 'NEGOTIATION'
  /** Fråga: a party asks, another must answer. */
  | 'QUESTION'
  /** Yttrande standing on its own. */
  | 'STATEMENT';

/**
 * How `cases` sorts: by one column; ties by case number. Every case that passes the filter is
 * sorted, so the order holds across pages.
 */
export type CaseOrder = {
  /** The column. */
  by: CaseSortField;
  /** Largest (or last in the alphabet) first. */
  descending?: boolean;
};

/** The column `cases` sorts by. */
export type CaseSortField =
  /** Typ, by its Swedish word. */
  | 'KIND'
  /** Ärendenummer: by forum code, year and number, as numbers. */
  | 'NUMBER'
  /** Öppnat: the day the case was opened. */
  | 'OPENED_ON'
  /** Ställd av: the party that asked; cases without come last. */
  | 'RAISED_BY'
  /** Status, by its Swedish word. */
  | 'STATUS'
  /** Rubrik, in Swedish alphabetical order (å, ä, ö after z). */
  | 'TITLE';

/** Where a case stands. */
export type CaseStatus =
  /** Besvarat: nobody owes anything any more. */
  | 'ANSWERED'
  /** Avslutat. */
  | 'CLOSED'
  /** Öppet: someone owes something, it is on the balance list, or it awaits an outcome. */
  | 'OPEN';

/** A case closed (avslutat ärende). */
export type CloseCaseInput = {
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** Why, as the protocol gives it. */
  note?: string | null | undefined;
  /** How it ended: answered, withdrawn, agreed (enighet), disagreement (oenighet), informed, superseded. */
  resolution: Resolution;
};

/** A commitment (åtagande): who promised what, and by when. */
export type CommitmentInput = {
  /** The party that promises, as protocols write it ("Arbetsgivaren", "Kommunal"). */
  by: string;
  /** An exact due date, which wins over what the label says. */
  dueDate?: string | null | undefined;
  /** The due as written ("under vintern", "nästa förvaltningsgrupp", "v. 12"). */
  dueLabel?: string | null | undefined;
  /** The person who promises, where named. */
  person?: string | null | undefined;
  /** The party it is promised to, where the protocol says. */
  to?: string | null | undefined;
  /** What is promised. */
  what: string;
};

/** An answer the protocol records for a question. */
export type DraftAnswerInput = {
  /** The party that answered. */
  by: string;
  /** The person who answered, where named. */
  person?: string | null | undefined;
  /** Where the answer is in the protocol. */
  span: SourceSpanInput;
  /** The answer's words. */
  text: string;
};

/** Someone appointed to approve (justera) the minutes. */
export type DraftApproverInput = {
  /** Null when the protocol names the party only. */
  name?: string | null | undefined;
  /** The party, as protocols write it. */
  party: string;
};

/** Someone listed as present or absent. */
export type DraftAttendeeInput = {
  /** Null when only the party is listed ("Förhinder: Vårdförbundet"). */
  name?: string | null | undefined;
  /** The party, as protocols write it ("Arbetsgivaren", "Kommunal"). */
  party: string;
  /** Their role, where written ("HR-chef"). */
  role?: string | null | undefined;
};

/** When a commitment is due: as written, and what it resolves to at the meeting's date. */
export type DraftDueInput = {
  /** The date it resolves to, ISO; input also as Swedes write it. */
  byDate?: string | null | undefined;
  /** The due as written ("till nästa möte", "v. 12"). */
  label?: string | null | undefined;
  /** Due at the forum's next meeting. */
  nextMeeting: boolean;
};

/** One thing found in the protocol. */
export type DraftItemInput = {
  /** Questions: the party that must answer. */
  addressedTo?: string | null | undefined;
  /** "Ärende 6": the agenda label of a board matter without a registry number. */
  agendaLabel?: string | null | undefined;
  /** Questions: the answer the protocol records. */
  answer?: DraftAnswerInput | null | undefined;
  /** The id of the item this one belongs to (a commitment made in a question's answer). */
  belongsTo?: string | null | undefined;
  /** Commitments: the party that owes it (statements: whose statement it is). */
  by?: string | null | undefined;
  /** Kvarvarande: from an earlier meeting. */
  carriedOver: boolean;
  /** 0..1: how sure the reader is. */
  confidence: number;
  /** Commitments: when it is due. */
  due?: DraftDueInput | null | undefined;
  /** Stable within the draft ("i1", "i2", ...): `belongsTo` refers to it. */
  id: string;
  /** Fråga, åtagande, nämndärende, yttrande, förhandling, or a heading that creates nothing. */
  kind: DraftItemKind;
  /** A case of an earlier meeting this item continues. */
  link?: DraftLinkInput | null | undefined;
  /** Board matters: MBL §11 negotiation or §19 information. */
  mbl?: Mbl | null | undefined;
  /** Listed in a balance-list section, and stays on the list after the meeting. */
  onBalanceList: boolean;
  /** Where the item stands after the meeting. */
  outcome: DraftOutcome;
  /** The person who owes or asked, where named. */
  person?: string | null | undefined;
  /** Föranmäld. */
  preRegistered: boolean;
  /** Questions: the party that asked. */
  raisedBy?: string | null | undefined;
  /** Diarienummer of a board matter. */
  registryNumber?: string | null | undefined;
  /** The protocol's own section number. */
  section?: string | null | undefined;
  /** The section's heading. */
  sectionTitle: string;
  /** Where the item's text is in the protocol. */
  sourceSpan: SourceSpanInput;
  /** The protocol's text at `sourceSpan`, exactly. */
  sourceText: string;
  /** Statements: yttrande, protokollsanteckning or särskilt yttrande. */
  statementKind?: StatementKind | null | undefined;
  /** Taken off the balance list at this meeting (avförs, avskrivs, stryks). */
  struckOff?: boolean;
  /** The item's own words, whitespace collapsed (the case's text). */
  text: string;
  /** A short title for the case (rubrik). */
  title: string;
  /** Commitments: the party it is owed to. */
  to?: string | null | undefined;
};

/** What kind of item the reader found. */
export type DraftItemKind =
  /** The balance list was reviewed: nothing of its own is created. */
  | 'BALANCE_LIST_REVIEW'
  /** Nämndärende. */
  | 'BOARD_MATTER'
  /** Åtagande. */
  | 'COMMITMENT'
  /** Förhandling. */
  | 'NEGOTIATION'
  /** A heading that says there was nothing ("Inga anmälda frågor"): nothing is created. */
  | 'NONE_REGISTERED'
  /** Fråga. */
  | 'QUESTION'
  /** Yttrande. */
  | 'STATEMENT';

/** What committing a linked item does to the existing case. */
export type DraftLinkAction =
  /** The question gets (another) answer. */
  | 'ANSWERED'
  /** The case came up again; nothing else changed. */
  | 'DISCUSSED'
  /** The asker follows up: the answer is owed again. */
  | 'FOLLOW_UP'
  /** A commitment of the case was kept (`commitment` says which). */
  | 'FULFILLED'
  /** A commitment of the case was promised again (`commitment` says which). */
  | 'RENEWED';

/** A proposed link of an item to a case of an earlier meeting (koppling). */
export type DraftLinkInput = {
  /** What committing does to the case. */
  action: DraftLinkAction;
  /** The case's id. */
  case: string | number;
  /** The commitment's number within the case, for FULFILLED and RENEWED. */
  commitment?: number | null | undefined;
  /** The case's number, e.g. "FG-HÄ 2025:4". */
  number: string;
  /** Why: which words and party agree. */
  reason: string;
  /** 0..1: how alike the texts and parties are. */
  score: number;
  /** The case's title. */
  title: string;
};

/** Where an item stands after the meeting. */
export type DraftOutcome =
  /** Enighet. */
  | 'AGREED'
  /** Besvarad. */
  | 'ANSWERED'
  /** Oenighet. */
  | 'DISAGREEMENT'
  /** Informerad. */
  | 'INFORMED'
  /** Balance-list reviews and "none" headings have no outcome. */
  | 'NONE'
  /** Öppen. */
  | 'OPEN';

/** A commitment kept (uppfyllt åtagande). */
export type FulfilCommitmentInput = {
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /** The commitment's number within the case, from 1. */
  commitment: number;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** How it was kept, as the protocol gives it. */
  note?: string | null | undefined;
};

/** A grant as an admin gives it. */
export type GrantInput = {
  /** Limits the grant to one forum: its code ("FG-HÄ"), name or id. None: every forum. */
  forum?: string | number | null | undefined;
  /** Required for `PARTY`: "Arbetsgivaren", "Kommunal", "Vision" … */
  party?: string | null | undefined;
  /** What the grant lets its holder do. */
  role: Role;
};

/**
 * A protocol read into what a secretary would enter: the meeting's facts and the items found.
 * Send it back, corrected, as `commitImport(draft:)`.
 */
export type ImportDraftInput = {
  /** What was found, in the protocol's order. */
  items: Array<DraftItemInput>;
  /** The meeting's facts. */
  meeting: MeetingDraftInput;
  /** How the file was read: "UTF-8", "Windows-1252", "PDF (pdftotext)" ... */
  sourceEncoding: string;
  /**
   * The protocol's text as read (normalized): the items' spans are byte offsets into its
   * UTF-8. Sent back, it is kept with the meeting (its `protocol`), so that each case's step
   * links to its paragraph; at most as large as an imported protocol may be.
   */
  text?: string | null | undefined;
  /** What the reader noticed and could not settle (conversions, missing facts). */
  warnings: Array<string>;
};

/** A commitment (åtagande) made on a case. */
export type MakeCommitmentInput = {
  /** The party that promises, as protocols write it ("Arbetsgivaren", "Kommunal"). */
  by: string;
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /** An exact due date, which wins over what the label says. */
  dueDate?: string | null | undefined;
  /** The due as written ("under vintern", "nästa förvaltningsgrupp", "v. 12"). */
  dueLabel?: string | null | undefined;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** The person who promises, where named. */
  person?: string | null | undefined;
  /** The party it is promised to, where the protocol says. */
  to?: string | null | undefined;
  /** What is promised. */
  what: string;
};

/** How a board matter passes samverkan. */
export type Mbl =
  /** MBL §19: information. */
  | 'INFORMATION_19'
  /** MBL §11: negotiation. */
  | 'NEGOTIATION_11';

/** The meeting's facts as the protocol states them; null or empty where it does not say. */
export type MeetingDraftInput = {
  /** Förhinder / frånvarande. */
  absent: Array<DraftAttendeeInput>;
  /** Justering senast: the date by which the minutes are to be approved. */
  approvalDeadline?: string | null | undefined;
  /** Justerare. */
  approvers: Array<DraftApproverInput>;
  /** Ordförande. */
  chair?: string | null | undefined;
  /** Synpunkter senast: a local date and time, `2025-01-20T12:00`. */
  commentsDeadline?: string | null | undefined;
  /** The meeting's date, ISO (`2025-01-14`); input also as Swedes write it (`14/1 2025`). */
  date?: string | null | undefined;
  /** The forum's name as written (the forum recorded into is chosen by `commitImport`). */
  forum?: string | null | undefined;
  /** Nästa möte: when the forum meets next, as the protocol says. */
  nextMeeting?: string | null | undefined;
  /** The next meeting's time, `HH:MM`. */
  nextMeetingTime?: string | null | undefined;
  /** Förvaltning or company, as written. */
  organization?: string | null | undefined;
  /** Where it was held. */
  place?: string | null | undefined;
  /** Närvarande. */
  present: Array<DraftAttendeeInput>;
  /** A "Föregående protokoll" section approved (or filed) the previous meeting's minutes. */
  previousMinutesApproved: boolean;
  /** Sekreterare. */
  secretary?: string | null | undefined;
  /** When it began, `HH:MM`. */
  time?: string | null | undefined;
};

/** What is owed. */
export type ObligationKind =
  /** Svar: an answer to a question. */
  | 'ANSWER'
  /** Åtagande: a promised thing. */
  | 'COMMITMENT';

/** A new question (fråga). */
export type RaiseQuestionInput = {
  /** The party that must answer, usually "Arbetsgivaren". */
  addressedTo: string;
  /** The person who asks, where named. */
  askedBy?: string | null | undefined;
  /** Kvarvarande: left from an earlier meeting. */
  carriedOver?: boolean;
  /** The new case's id (a ULID); one is made when not given. */
  caseId?: string | number | null | undefined;
  /** The forum where the case arose, by id or code ("FG-HÄ"); it numbers the case ("FG-HÄ 2025:7"). */
  forumId: string | number;
  /**
   * The meeting where it arose, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** Föranmäld: registered before the meeting. */
  preRegistered?: boolean;
  /** The party that asks, as protocols write it ("Kommunal", "SACO"). */
  raisedBy: string;
  /** The protocol's section (§ or point). */
  section?: string | null | undefined;
  /** The text as the protocol gives it. */
  text?: string;
  /** Rubrik: a short title. */
  title: string;
};

/** A party's written position on a case: yttrande, protokollsanteckning or särskilt yttrande. */
export type RecordStatementInput = {
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /** Yttrande, protokollsanteckning or särskilt yttrande. */
  kind: StatementKind;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** The party that states it. */
  party: string;
  /** The statement. */
  text: string;
};

/** A new matter for the political board (nämndärende). */
export type RegisterBoardMatterInput = {
  /** The new case's id (a ULID); one is made when not given. */
  caseId?: string | number | null | undefined;
  /** The forum where the case arose, by id or code ("FG-HÄ"); it numbers the case ("FG-HÄ 2025:7"). */
  forumId: string | number;
  /** How it passes samverkan: MBL §11 negotiation or §19 information. */
  mbl?: Mbl | null | undefined;
  /**
   * The meeting where it arose, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** Diarienummer, e.g. "SOF 2025/123". */
  registryNumber?: string | null | undefined;
  /** The protocol's section (§ or point). */
  section?: string | null | undefined;
  /** The text as the protocol gives it. */
  text?: string;
  /** Rubrik: a short title. */
  title: string;
};

/** A case taken off the forum's balance list (balanslista). */
export type RemoveFromBalanceListInput = {
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** Why, as the protocol gives it. */
  note?: string | null | undefined;
};

/** A commitment renewed with a new due. */
export type RenewCommitmentInput = {
  /** The case (ärende), by id or number ("FG-HÄ 2025:5"). */
  caseId: string | number;
  /** The commitment's number within the case, from 1. */
  commitment: number;
  /** An exact new due date, which wins over what the label says. */
  dueDate?: string | null | undefined;
  /** The new due as written ("till nästa möte", "i april"). */
  dueLabel?: string | null | undefined;
  /**
   * The meeting where it happened, by id or forum and date ("FG-HÄ 2025-01-14"); none means
   * outside a meeting, today.
   */
  meetingId?: string | number | null | undefined;
  /** Why, as the protocol gives it. */
  note?: string | null | undefined;
};

/** How a case ended. */
export type Resolution =
  /** Enighet. */
  | 'AGREED'
  /** Besvarad. */
  | 'ANSWERED'
  /** Oenighet. */
  | 'DISAGREEMENT'
  /** Informerad (MBL §19). */
  | 'INFORMED'
  /** Ersatt: replaced by another case. */
  | 'SUPERSEDED'
  /** Återtagen: withdrawn by the party that raised it. */
  | 'WITHDRAWN';

/** What a grant lets its holder do (roll). */
export type Role =
  /** Administratör: people, tokens, forums and everything else. */
  | 'ADMIN'
  /**
   * Part: raises questions, follows up, answers and promises for its own party, in the
   * forums the party sits in.
   */
  | 'PARTY'
  /** Läsare: reads only. */
  | 'READER'
  /** Sekreterare: records anything in its forum (or every forum), imports protocols, approves minutes. */
  | 'SECRETARY';

/** Where a text is in the protocol: byte offsets into the normalized text, end exclusive. */
export type SourceSpanInput = {
  /** The byte after the last. */
  end: number;
  /** The first byte. */
  start: number;
};

/** What kind of written position a statement is. */
export type StatementKind =
  /** Särskilt yttrande. */
  | 'DISSENTING_STATEMENT'
  /** Protokollsanteckning. */
  | 'MINUTES_NOTE'
  /** Yttrande. */
  | 'STATEMENT';

export type LabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabelsQuery = { labels: Array<{ type: string, value: string, labelSv: string }> };

export type LiveEventsSubscriptionVariables = Exact<{
  forum?: string | number | null | undefined;
}>;


export type LiveEventsSubscription = { events: { position: number, type: string } };

export type AdminQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminQuery = { people: Array<{ username: string, name: string, hasPassword: boolean, grants: Array<{ role: Role, party: string | null, forum: { id: string, code: string } | null }> }>, apiTokens: Array<{ id: string, name: string, expires: string | null, revoked: boolean, expired: boolean, createdAt: string, createdBy: string, grants: Array<{ role: Role, party: string | null, forum: { id: string, code: string } | null }> }>, forums: Array<{ id: string, code: string, name: string, unions: Array<string> }> };

export type GrantPartsFragment = { role: Role, party: string | null, forum: { id: string, code: string } | null };

export type AddPersonMutationVariables = Exact<{
  username: string;
  name?: string | null | undefined;
  password?: string | null | undefined;
  oidc?: boolean | null | undefined;
  grants: Array<GrantInput> | GrantInput;
}>;


export type AddPersonMutation = { addPerson: { password: string | null, person: { username: string, name: string } } };

export type SetPasswordMutationVariables = Exact<{
  username: string;
}>;


export type SetPasswordMutation = { setPassword: { username: string, password: string | null } };

export type SetGrantsMutationVariables = Exact<{
  username: string;
  grants: Array<GrantInput> | GrantInput;
}>;


export type SetGrantsMutation = { setGrants: { username: string, name: string } };

export type RemovePersonMutationVariables = Exact<{
  username: string;
}>;


export type RemovePersonMutation = { removePerson: string };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  role: Role;
  party?: string | null | undefined;
  forum?: string | number | null | undefined;
  expires?: string | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string } };

export type AgendaForumsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgendaForumsQuery = { forums: Array<{ id: string, code: string, name: string, organization: string }> };

export type AgendaQueryVariables = Exact<{
  forum: string | number;
}>;


export type AgendaQuery = { forum: { code: string, name: string, organization: string }, agenda: { nextMeeting: { date: string, time: string | null, place: string | null } | null, openQuestions: Array<{ caseNumber: string, commitmentNumber: number | null, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, case: { title: string } | null }>, commitmentsDue: Array<{ caseNumber: string, commitmentNumber: number | null, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, case: { title: string } | null }>, commitmentsUndated: Array<{ caseNumber: string, commitmentNumber: number | null, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, case: { title: string } | null }>, balanceList: Array<{ id: string, number: string, title: string }>, boardMattersAwaitingOutcome: Array<{ id: string, number: string, title: string, registryNumber: string | null }> } };

export type AgendaItemFragment = { caseNumber: string, commitmentNumber: number | null, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, case: { title: string } | null };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { case: { id: string, number: string, title: string, text: string, kind: CaseKind, status: CaseStatus, resolution: Resolution | null, mbl: Mbl | null, registryNumber: string | null, section: string | null, raisedBy: string | null, askedBy: string | null, addressedTo: string | null, openedOn: string, onBalanceList: boolean, preRegistered: boolean, carriedOver: boolean, forum: { code: string, name: string, organization: string }, obligations: Array<{ caseNumber: string, commitmentNumber: number | null, kind: ObligationKind, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, undated: boolean }>, answers: Array<{ by: string, person: string | null, on: string, text: string }>, statements: Array<{ kind: StatementKind, party: string, on: string, text: string }>, commitments: Array<{ number: number, by: string, to: string | null, what: string, dueDate: string | null, dueLabel: string | null, fulfilledOn: string | null, overdue: boolean, renewals: number, postponements: number }>, timeline: Array<{ position: number, occurredAt: string, type: string, summary: string, recordedByName: string, section: string | null, meeting: { id: string, date: string, forum: { code: string } } | null }> } };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: CaseOrder | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, number: string, title: string, text: string, kind: CaseKind, status: CaseStatus, openedOn: string, raisedBy: string | null, addressedTo: string | null, onBalanceList: boolean, forum: { code: string }, obligations: Array<{ party: string, overdue: boolean }> } }> } };

export type CaseForumsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseForumsQuery = { forums: Array<{ id: string, code: string, name: string, unions: Array<string> }> };

export type ImportForumsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportForumsQuery = { forums: Array<{ id: string, code: string, name: string, organization: string, unions: Array<string> }> };

export type ReadProtocolMutationVariables = Exact<{
  text?: string | null | undefined;
  upload?: File | null | undefined;
  forum?: string | null | undefined;
}>;


export type ReadProtocolMutation = { importDraft: { items: number, links: number, summary: string, warnings: Array<string>, draft: { sourceEncoding: string, text: string | null, warnings: Array<string>, items: Array<{ addressedTo: string | null, agendaLabel: string | null, belongsTo: string | null, by: string | null, carriedOver: boolean, confidence: number, id: string, kind: DraftItemKind, mbl: Mbl | null, onBalanceList: boolean, struckOff: boolean, outcome: DraftOutcome, person: string | null, preRegistered: boolean, raisedBy: string | null, registryNumber: string | null, section: string | null, sectionTitle: string, sourceText: string, statementKind: StatementKind | null, text: string, title: string, to: string | null, answer: { by: string, person: string | null, text: string, span: { end: number, start: number } } | null, due: { byDate: string | null, label: string | null, nextMeeting: boolean } | null, link: { action: DraftLinkAction, case: string, commitment: number | null, number: string, reason: string, score: number, title: string } | null, sourceSpan: { end: number, start: number } }>, meeting: { approvalDeadline: string | null, chair: string | null, commentsDeadline: string | null, date: string | null, forum: string | null, nextMeeting: string | null, nextMeetingTime: string | null, organization: string | null, place: string | null, previousMinutesApproved: boolean, secretary: string | null, time: string | null, absent: Array<{ name: string | null, party: string, role: string | null }>, approvers: Array<{ name: string | null, party: string }>, present: Array<{ name: string | null, party: string, role: string | null }> } }, forum: { id: string, code: string } | null } };

export type CommitProtocolMutationVariables = Exact<{
  draft: ImportDraftInput;
  forum?: string | null | undefined;
  newForum?: boolean | null | undefined;
}>;


export type CommitProtocolMutation = { commitImport: { opened: number, linked: number, events: number, meeting: { date: string, forum: { code: string } } | null } };

export type ImportOpenCasesQueryVariables = Exact<{
  forum: string | number;
}>;


export type ImportOpenCasesQuery = { cases: { edges: Array<{ node: { id: string, number: string, title: string } }> } };

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingDetailQuery = { meeting: { id: string, date: string, time: string | null, place: string | null, held: boolean, chair: string | null, secretary: string | null, approvalDeadline: string | null, commentsDeadline: string | null, minutesApprovedOn: string | null, minutesApprovedBy: Array<string>, minutesPublishedOn: string | null, protocol: { sourceEncoding: string } | null, forum: { id: string, code: string, name: string, organization: string, meetings: Array<{ id: string, date: string, held: boolean }> }, present: Array<{ name: string | null, party: string, role: string | null }>, absent: Array<{ name: string | null, party: string, role: string | null }>, approvers: Array<{ name: string | null, party: string }>, cases: Array<{ id: string, number: string, title: string, kind: CaseKind, status: CaseStatus, openedOn: string }> } };

export type MeetingBalanceQueryVariables = Exact<{
  forum: string | number;
  id: string | number;
  when?: BeforeOrAfter | null | undefined;
}>;


export type MeetingBalanceQuery = { balanceList: { previousMeeting: { date: string } | null, cases: Array<{ id: string, number: string, title: string }>, added: Array<{ id: string, number: string, title: string }>, removed: Array<{ id: string, number: string, title: string }> } };

export type MeetingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingsQuery = { forums: Array<{ id: string, code: string, name: string, organization: string, meetings: Array<{ id: string, date: string, time: string | null, place: string | null, held: boolean, minutesApprovedOn: string | null }> }> };

export type OverviewPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewPartiesQuery = { forums: Array<{ id: string, code: string, unions: Array<string> }> };

export type OverviewOwedQueryVariables = Exact<{
  party: string;
  shown: number;
}>;


export type OverviewOwedQuery = { owedByUsCount: number, owedToUsCount: number, owedByUs: Array<{ caseNumber: string, commitmentNumber: number | null, kind: ObligationKind, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, undated: boolean, case: { id: string, title: string } | null }>, owedToUs: Array<{ caseNumber: string, commitmentNumber: number | null, kind: ObligationKind, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, undated: boolean, case: { id: string, title: string } | null }> };

export type ObligationFieldsFragment = { caseNumber: string, commitmentNumber: number | null, kind: ObligationKind, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, undated: boolean, case: { id: string, title: string } | null };

export type OverviewAllOwedQueryVariables = Exact<{
  shown: number;
}>;


export type OverviewAllOwedQuery = { everythingCount: number, everything: Array<{ caseNumber: string, commitmentNumber: number | null, kind: ObligationKind, what: string, party: string, to: string | null, since: string, daysWaiting: number, dueDate: string | null, dueLabel: string | null, overdue: boolean, undated: boolean, case: { id: string, title: string } | null }> };

export type OverviewStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewStatsQuery = { stats: { forums: Array<{ casesOpen: number, answersOwed: number, commitmentsOpen: number, commitmentsOverdue: number, commitmentsUndated: number, forum: { id: string, code: string, name: string, organization: string } }>, parties: Array<{ party: string, daysToAnswer: { median: number | null, p90: number | null, samples: number } }> } };

export type MeetingProtocolQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingProtocolQuery = { meeting: { id: string, date: string, forum: { code: string, name: string }, protocol: { text: string, sourceEncoding: string, sections: Array<{ section: string, title: string, start: number, end: number }> } | null } };

export type RegisterContextQueryVariables = Exact<{
  forum: string | number;
  hasForum: boolean;
}>;


export type RegisterContextQuery = { forums: Array<{ id: string, code: string, name: string, unions: Array<string>, meetings: Array<{ id: string, date: string, held: boolean }> }>, cases?: { edges: Array<{ node: { id: string, number: string, title: string, status: CaseStatus } }> } };

export type RaiseQuestionMutationVariables = Exact<{
  input: RaiseQuestionInput;
}>;


export type RaiseQuestionMutation = { raiseQuestion: { case: { id: string, number: string, title: string } } };

export type AnswerQuestionMutationVariables = Exact<{
  input: AnswerQuestionInput;
}>;


export type AnswerQuestionMutation = { answerQuestion: { case: { id: string, number: string, title: string } } };

export type AskFollowUpMutationVariables = Exact<{
  input: AskFollowUpInput;
}>;


export type AskFollowUpMutation = { askFollowUp: { case: { id: string, number: string, title: string } } };

export type MakeCommitmentMutationVariables = Exact<{
  input: MakeCommitmentInput;
}>;


export type MakeCommitmentMutation = { makeCommitment: { case: { id: string, number: string, title: string } } };

export type FulfilCommitmentMutationVariables = Exact<{
  input: FulfilCommitmentInput;
}>;


export type FulfilCommitmentMutation = { fulfilCommitment: { case: { id: string, number: string, title: string } } };

export type RenewCommitmentMutationVariables = Exact<{
  input: RenewCommitmentInput;
}>;


export type RenewCommitmentMutation = { renewCommitment: { case: { id: string, number: string, title: string } } };

export type AddToBalanceListMutationVariables = Exact<{
  input: AddToBalanceListInput;
}>;


export type AddToBalanceListMutation = { addToBalanceList: { case: { id: string, number: string, title: string } } };

export type RemoveFromBalanceListMutationVariables = Exact<{
  input: RemoveFromBalanceListInput;
}>;


export type RemoveFromBalanceListMutation = { removeFromBalanceList: { case: { id: string, number: string, title: string } } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { case: { id: string, number: string, title: string } } };

export type RecordStatementMutationVariables = Exact<{
  input: RecordStatementInput;
}>;


export type RecordStatementMutation = { recordStatement: { case: { id: string, number: string, title: string } } };

export type RegisterBoardMatterMutationVariables = Exact<{
  input: RegisterBoardMatterInput;
}>;


export type RegisterBoardMatterMutation = { registerBoardMatter: { case: { id: string, number: string, title: string } } };

export const GrantPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<GrantPartsFragment, unknown>;
export const AgendaItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AgendaItemFragment, unknown>;
export const ObligationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ObligationFieldsFragment, unknown>;
export const LabelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"labelSv"}}]}}]}}]} as unknown as DocumentNode<LabelsQuery, LabelsQueryVariables>;
export const LiveEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const AdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expires"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AdminQuery, AdminQueryVariables>;
export const AddPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oidc"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grants"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"oidc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oidc"}}},{"kind":"Argument","name":{"kind":"Name","value":"grants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"password"}}]}}]}}]} as unknown as DocumentNode<AddPersonMutation, AddPersonMutationVariables>;
export const SetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"password"}}]}}]}}]} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const SetGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grants"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"grants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetGrantsMutation, SetGrantsMutationVariables>;
export const RemovePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}]}]}}]} as unknown as DocumentNode<RemovePersonMutation, RemovePersonMutationVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expires"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}},{"kind":"Argument","name":{"kind":"Name","value":"forum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}},{"kind":"Argument","name":{"kind":"Name","value":"expires"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expires"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AgendaForumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaForums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}}]} as unknown as DocumentNode<AgendaForumsQuery, AgendaForumsQueryVariables>;
export const AgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsUndated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardMattersAwaitingOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AgendaQuery, AgendaQueryVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"mbl"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onBalanceList"}},{"kind":"Field","name":{"kind":"Name","value":"preRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"renewals"}},{"kind":"Field","name":{"kind":"Name","value":"postponements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"onBalanceList"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseForumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseForums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unions"}}]}}]}}]} as unknown as DocumentNode<CaseForumsQuery, CaseForumsQueryVariables>;
export const ImportForumsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportForums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"unions"}}]}}]}}]} as unknown as DocumentNode<ImportForumsQuery, ImportForumsQueryVariables>;
export const ReadProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upload"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"upload"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upload"}}},{"kind":"Argument","name":{"kind":"Name","value":"forum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addressedTo"}},{"kind":"Field","name":{"kind":"Name","value":"agendaLabel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"span"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"belongsTo"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"carriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"due"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byDate"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"case"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mbl"}},{"kind":"Field","name":{"kind":"Name","value":"onBalanceList"}},{"kind":"Field","name":{"kind":"Name","value":"struckOff"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"person"}},{"kind":"Field","name":{"kind":"Name","value":"preRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSpan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"statementKind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"forum"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingTime"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousMinutesApproved"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"links"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ReadProtocolMutation, ReadProtocolMutationVariables>;
export const CommitProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDraftInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newForum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"forum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}},{"kind":"Argument","name":{"kind":"Name","value":"newForum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newForum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"linked"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitProtocolMutation, CommitProtocolMutationVariables>;
export const ImportOpenCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportOpenCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"forumId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportOpenCasesQuery, ImportOpenCasesQueryVariables>;
export const MeetingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"commentsDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedBy"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPublishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceEncoding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"absent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"party"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const MeetingBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"when"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BeforeOrAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}},{"kind":"Argument","name":{"kind":"Name","value":"atMeeting"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"when"},"value":{"kind":"Variable","name":{"kind":"Name","value":"when"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingBalanceQuery, MeetingBalanceQueryVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"minutesApprovedOn"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const OverviewPartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"unions"}}]}}]}}]} as unknown as DocumentNode<OverviewPartiesQuery, OverviewPartiesQueryVariables>;
export const OverviewOwedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewOwed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"owedByUs"},"name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"owedByUsCount"},"name":{"kind":"Name","value":"obligationCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owedBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"owedToUs"},"name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"owedToUsCount"},"name":{"kind":"Name","value":"obligationCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OverviewOwedQuery, OverviewOwedQueryVariables>;
export const OverviewAllOwedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewAllOwed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"everything"},"name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shown"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"everythingCount"},"name":{"kind":"Name","value":"obligationCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Obligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueLabel"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OverviewAllOwedQuery, OverviewAllOwedQueryVariables>;
export const OverviewStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"answersOwed"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsUndated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"daysToAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewStatsQuery, OverviewStatsQueryVariables>;
export const MeetingProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sourceEncoding"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingProtocolQuery, MeetingProtocolQueryVariables>;
export const RegisterContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasForum"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unions"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"held"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"forumId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forum"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasForum"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterContextQuery, RegisterContextQueryVariables>;
export const RaiseQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseQuestionMutation, RaiseQuestionMutationVariables>;
export const AnswerQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerQuestionMutation, AnswerQuestionMutationVariables>;
export const AskFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AskFollowUpMutation, AskFollowUpMutationVariables>;
export const MakeCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MakeCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MakeCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"makeCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MakeCommitmentMutation, MakeCommitmentMutationVariables>;
export const FulfilCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FulfilCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfilCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfilCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FulfilCommitmentMutation, FulfilCommitmentMutationVariables>;
export const RenewCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RenewCommitmentMutation, RenewCommitmentMutationVariables>;
export const AddToBalanceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToBalanceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddToBalanceListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToBalanceList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<AddToBalanceListMutation, AddToBalanceListMutationVariables>;
export const RemoveFromBalanceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromBalanceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveFromBalanceListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromBalanceList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveFromBalanceListMutation, RemoveFromBalanceListMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const RecordStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RecordStatementMutation, RecordStatementMutationVariables>;
export const RegisterBoardMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBoardMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterBoardMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBoardMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterBoardMatterMutation, RegisterBoardMatterMutationVariables>;