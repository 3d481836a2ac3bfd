//! The import draft as GraphQL types: `importDraft` returns a `ProtocolDraft`, and `commitImport` takes the same shape back as `ImportDraftInput`.
//!
//! Each type is both an output and an input object with the same fields, so a review screen can
//! send back what it was given, corrected. Dates, times and parties are strings on both sides and
//! read here, so that a value that cannot be read is refused with the field it was in
//! (`draft.items.2.due.byDate`), in English and in Swedish (`messageSv`).

use async_graphql::{Enum, ID, InputObject, SimpleObject};
use balans_domain::{Approver, Attendee, CaseId, Party, parse_date};
use balans_protocol::doc::Span;
use balans_protocol::{
    AnswerDraft, Draft, DueDraft, ItemDraft, ItemKind, Link, LinkAction, MeetingDraft, Outcome,
};
use jiff::civil::{DateTime, Time};

use crate::error::bad_input;
use crate::types::{Mbl, StatementKind, SwedishLabel};

/// A protocol read into what a secretary would enter: the meeting's facts and the items found.
/// Send it back, corrected, as `commitImport(draft:)`.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "ImportDraftInput")]
pub struct ProtocolDraft {
    /// The meeting's facts.
    pub meeting: MeetingDraftFacts,
    /// What was found, in the protocol's order.
    pub items: Vec<DraftItem>,
    /// What the reader noticed and could not settle (conversions, missing facts).
    pub warnings: Vec<String>,
    /// How the file was read: "UTF-8", "Windows-1252", "PDF (pdftotext)" ...
    pub source_encoding: String,
    /// The protocol's text as read (normalized): the items' spans are byte offsets into its
    /// UTF-8. Sent back, it is kept with the meeting (its `protocol`), so that each case's step
    /// links to its paragraph; at most as large as an imported protocol may be.
    pub text: Option<String>,
}

/// The meeting's facts as the protocol states them; null or empty where it does not say.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(name = "MeetingDraft", input_name = "MeetingDraftInput")]
pub struct MeetingDraftFacts {
    /// Förvaltning or company, as written.
    pub organization: Option<String>,
    /// The forum's name as written (the forum recorded into is chosen by `commitImport`).
    pub forum: Option<String>,
    /// The meeting's date, ISO (`2025-01-14`); input also as Swedes write it (`14/1 2025`).
    pub date: Option<String>,
    /// When it began, `HH:MM`.
    pub time: Option<String>,
    /// Where it was held.
    pub place: Option<String>,
    /// Ordförande.
    pub chair: Option<String>,
    /// Sekreterare.
    pub secretary: Option<String>,
    /// Närvarande.
    pub present: Vec<DraftAttendee>,
    /// Förhinder / frånvarande.
    pub absent: Vec<DraftAttendee>,
    /// Justerare.
    pub approvers: Vec<DraftApprover>,
    /// Justering senast: the date by which the minutes are to be approved.
    pub approval_deadline: Option<String>,
    /// Synpunkter senast: a local date and time, `2025-01-20T12:00`.
    pub comments_deadline: Option<String>,
    /// A "Föregående protokoll" section approved (or filed) the previous meeting's minutes.
    pub previous_minutes_approved: bool,
    /// Nästa möte: when the forum meets next, as the protocol says.
    pub next_meeting: Option<String>,
    /// The next meeting's time, `HH:MM`.
    pub next_meeting_time: Option<String>,
}

/// Someone listed as present or absent.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "DraftAttendeeInput")]
pub struct DraftAttendee {
    /// Null when only the party is listed ("Förhinder: Vårdförbundet").
    pub name: Option<String>,
    /// The party, as protocols write it ("Arbetsgivaren", "Kommunal").
    pub party: String,
    /// Their role, where written ("HR-chef").
    pub role: Option<String>,
}

/// Someone appointed to approve (justera) the minutes.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "DraftApproverInput")]
pub struct DraftApprover {
    /// Null when the protocol names the party only.
    pub name: Option<String>,
    /// The party, as protocols write it.
    pub party: String,
}

/// What kind of item the reader found.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum DraftItemKind {
    /// Fråga.
    Question,
    /// Åtagande.
    Commitment,
    /// Nämndärende.
    BoardMatter,
    /// Yttrande.
    Statement,
    /// Förhandling.
    Negotiation,
    /// The balance list was reviewed: nothing of its own is created.
    BalanceListReview,
    /// A heading that says there was nothing ("Inga anmälda frågor"): nothing is created.
    NoneRegistered,
}

/// Where an item stands after the meeting.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum DraftOutcome {
    /// Öppen.
    Open,
    /// Besvarad.
    Answered,
    /// Informerad.
    Informed,
    /// Enighet.
    Agreed,
    /// Oenighet.
    Disagreement,
    /// Balance-list reviews and "none" headings have no outcome.
    None,
}

/// What committing a linked item does to the existing case.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum DraftLinkAction {
    /// The case came up again; nothing else changed.
    Discussed,
    /// The question gets (another) answer.
    Answered,
    /// The asker follows up: the answer is owed again.
    FollowUp,
    /// A commitment of the case was kept (`commitment` says which).
    Fulfilled,
    /// A commitment of the case was promised again (`commitment` says which).
    Renewed,
}

/// Where a text is in the protocol: byte offsets into the normalized text, end exclusive.
#[derive(SimpleObject, InputObject, Clone, Copy, Debug)]
#[graphql(input_name = "SourceSpanInput")]
pub struct SourceSpan {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

/// When a commitment is due: as written, and what it resolves to at the meeting's date.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "DraftDueInput")]
pub struct DraftDue {
    /// The due as written ("till nästa möte", "v. 12").
    pub label: Option<String>,
    /// The date it resolves to, ISO; input also as Swedes write it.
    pub by_date: Option<String>,
    /// Due at the forum's next meeting.
    pub next_meeting: bool,
}

/// An answer the protocol records for a question.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "DraftAnswerInput")]
pub struct DraftAnswer {
    /// The party that answered.
    pub by: String,
    /// The person who answered, where named.
    pub person: Option<String>,
    /// The answer's words.
    pub text: String,
    /// Where the answer is in the protocol.
    pub span: SourceSpan,
}

/// A proposed link of an item to a case of an earlier meeting (koppling).
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "DraftLinkInput")]
pub struct DraftLink {
    /// The case's id.
    pub case: ID,
    /// The case's number, e.g. "FG-HÄ 2025:4".
    pub number: String,
    /// The case's title.
    pub title: String,
    /// Why: which words and party agree.
    pub reason: String,
    /// 0..1: how alike the texts and parties are.
    pub score: f32,
    /// What committing does to the case.
    pub action: DraftLinkAction,
    /// The commitment's number within the case, for FULFILLED and RENEWED.
    pub commitment: Option<u32>,
}

/// One thing found in the protocol.
#[derive(SimpleObject, InputObject, Clone, Debug)]
#[graphql(input_name = "DraftItemInput")]
pub struct DraftItem {
    /// Stable within the draft ("i1", "i2", ...): `belongsTo` refers to it.
    pub id: String,
    /// Fråga, åtagande, nämndärende, yttrande, förhandling, or a heading that creates nothing.
    pub kind: DraftItemKind,
    /// The protocol's own section number.
    pub section: Option<String>,
    /// The section's heading.
    pub section_title: String,
    /// A short title for the case (rubrik).
    pub title: String,
    /// The item's own words, whitespace collapsed (the case's text).
    pub text: String,
    /// Where the item's text is in the protocol.
    pub source_span: SourceSpan,
    /// The protocol's text at `sourceSpan`, exactly.
    pub source_text: String,
    /// Questions: the party that asked.
    pub raised_by: Option<String>,
    /// Questions: the party that must answer.
    pub addressed_to: Option<String>,
    /// Commitments: the party that owes it (statements: whose statement it is).
    pub by: Option<String>,
    /// Commitments: the party it is owed to.
    pub to: Option<String>,
    /// The person who owes or asked, where named.
    pub person: Option<String>,
    /// Commitments: when it is due.
    pub due: Option<DraftDue>,
    /// Questions: the answer the protocol records.
    pub answer: Option<DraftAnswer>,
    /// Diarienummer of a board matter.
    pub registry_number: Option<String>,
    /// Board matters: MBL §11 negotiation or §19 information.
    pub mbl: Option<Mbl>,
    /// "Ärende 6": the agenda label of a board matter without a registry number.
    pub agenda_label: Option<String>,
    /// Statements: yttrande, protokollsanteckning or särskilt yttrande.
    pub statement_kind: Option<StatementKind>,
    /// Föranmäld.
    pub pre_registered: bool,
    /// Kvarvarande: from an earlier meeting.
    pub carried_over: bool,
    /// Listed in a balance-list section, and stays on the list after the meeting.
    pub on_balance_list: bool,
    /// Taken off the balance list at this meeting (avförs, avskrivs, stryks).
    #[graphql(default)]
    pub struck_off: bool,
    /// Where the item stands after the meeting.
    pub outcome: DraftOutcome,
    /// The id of the item this one belongs to (a commitment made in a question's answer).
    pub belongs_to: Option<String>,
    /// 0..1: how sure the reader is.
    pub confidence: f32,
    /// A case of an earlier meeting this item continues.
    pub link: Option<DraftLink>,
}

impl SwedishLabel for DraftItemKind {
    fn label_sv(self) -> &'static str {
        ItemKind::from(self).swedish()
    }
}

impl SwedishLabel for DraftOutcome {
    fn label_sv(self) -> &'static str {
        Outcome::from(self).swedish().unwrap_or("inget utfall")
    }
}

impl SwedishLabel for DraftLinkAction {
    fn label_sv(self) -> &'static str {
        match self {
            DraftLinkAction::Discussed => "tas upp igen",
            DraftLinkAction::Answered => "besvaras",
            DraftLinkAction::FollowUp => "följdfråga",
            DraftLinkAction::Fulfilled => "åtagande uppfylls",
            DraftLinkAction::Renewed => "åtagande förnyas",
        }
    }
}

macro_rules! same_variants {
    ($graphql:ident, $protocol:ident, [$($variant:ident),* $(,)?]) => {
        impl From<$protocol> for $graphql {
            fn from(value: $protocol) -> Self {
                match value { $($protocol::$variant => $graphql::$variant,)* }
            }
        }
        impl From<$graphql> for $protocol {
            fn from(value: $graphql) -> Self {
                match value { $($graphql::$variant => $protocol::$variant,)* }
            }
        }
    };
}

same_variants!(
    DraftItemKind,
    ItemKind,
    [
        Question,
        Commitment,
        BoardMatter,
        Statement,
        Negotiation,
        BalanceListReview,
        NoneRegistered
    ]
);
same_variants!(
    DraftOutcome,
    Outcome,
    [Open, Answered, Informed, Agreed, Disagreement, None]
);

impl From<Span> for SourceSpan {
    fn from(span: Span) -> Self {
        SourceSpan {
            start: span.start,
            end: span.end,
        }
    }
}

fn party_name(party: &Party) -> String {
    party.name().to_string()
}

fn time_text(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

impl From<&Draft> for ProtocolDraft {
    fn from(draft: &Draft) -> Self {
        let m = &draft.meeting;
        let attendees = |list: &[Attendee]| {
            list.iter()
                .map(|a| DraftAttendee {
                    name: a.name.clone(),
                    party: party_name(&a.party),
                    role: a.role.clone(),
                })
                .collect()
        };
        ProtocolDraft {
            meeting: MeetingDraftFacts {
                organization: m.organization.clone(),
                forum: m.forum.clone(),
                date: m.date.map(|d| d.to_string()),
                time: m.time.map(time_text),
                place: m.place.clone(),
                chair: m.chair.clone(),
                secretary: m.secretary.clone(),
                present: attendees(&m.present),
                absent: attendees(&m.absent),
                approvers: m
                    .approvers
                    .iter()
                    .map(|a| DraftApprover {
                        name: a.name.clone(),
                        party: party_name(&a.party),
                    })
                    .collect(),
                approval_deadline: m.approval_deadline.map(|d| d.to_string()),
                comments_deadline: m
                    .comments_deadline
                    .map(|d| d.strftime("%Y-%m-%dT%H:%M").to_string()),
                previous_minutes_approved: m.previous_minutes_approved,
                next_meeting: m.next_meeting.map(|d| d.to_string()),
                next_meeting_time: m.next_meeting_time.map(time_text),
            },
            items: draft.items.iter().map(DraftItem::from).collect(),
            warnings: draft.warnings.clone(),
            source_encoding: draft.source_encoding.clone(),
            text: Some(draft.text.clone()),
        }
    }
}

impl From<&ItemDraft> for DraftItem {
    fn from(item: &ItemDraft) -> Self {
        let party = |p: &Option<Party>| p.as_ref().map(party_name);
        DraftItem {
            id: item.id.clone(),
            kind: item.kind.into(),
            section: item.section.clone(),
            section_title: item.section_title.clone(),
            title: item.title.clone(),
            text: item.text.clone(),
            source_span: item.source_span.into(),
            source_text: item.source_text.clone(),
            raised_by: party(&item.raised_by),
            addressed_to: party(&item.addressed_to),
            by: party(&item.by),
            to: party(&item.to),
            person: item.person.clone(),
            due: item.due.as_ref().map(|due| DraftDue {
                label: due.label.clone(),
                by_date: due.by_date.map(|d| d.to_string()),
                next_meeting: due.next_meeting,
            }),
            answer: item.answer.as_ref().map(|answer| DraftAnswer {
                by: party_name(&answer.by),
                person: answer.person.clone(),
                text: answer.text.clone(),
                span: answer.span.into(),
            }),
            registry_number: item.registry_number.clone(),
            mbl: item.mbl.map(Into::into),
            agenda_label: item.agenda_label.clone(),
            statement_kind: item.statement_kind.map(Into::into),
            pre_registered: item.pre_registered,
            carried_over: item.carried_over,
            on_balance_list: item.on_balance_list,
            struck_off: item.struck_off,
            outcome: item.outcome.into(),
            belongs_to: item.belongs_to.clone(),
            confidence: item.confidence,
            link: item.link.as_ref().map(|link| {
                let (action, commitment) = match link.action {
                    LinkAction::Discussed => (DraftLinkAction::Discussed, None),
                    LinkAction::Answered => (DraftLinkAction::Answered, None),
                    LinkAction::FollowUp => (DraftLinkAction::FollowUp, None),
                    LinkAction::Fulfilled { commitment } => {
                        (DraftLinkAction::Fulfilled, Some(commitment))
                    }
                    LinkAction::Renewed { commitment } => {
                        (DraftLinkAction::Renewed, Some(commitment))
                    }
                };
                DraftLink {
                    case: ID(link.case.to_string()),
                    number: link.number.clone(),
                    title: link.title.clone(),
                    reason: link.reason.clone(),
                    score: link.score,
                    action,
                    commitment,
                }
            }),
        }
    }
}

/// Reads the input's fields into the reader's draft; the first field that cannot be read is
/// refused with its path.
impl TryFrom<ProtocolDraft> for Draft {
    type Error = async_graphql::Error;

    fn try_from(input: ProtocolDraft) -> Result<Self, Self::Error> {
        let m = input.meeting;
        let at = |field: &str| format!("draft.meeting.{field}");
        let attendees = |list: Vec<DraftAttendee>, field: &str| {
            list.into_iter()
                .enumerate()
                .map(|(index, a)| {
                    Ok(Attendee {
                        name: a.name,
                        party: party(&a.party, &format!("draft.meeting.{field}.{index}.party"))?,
                        role: a.role,
                    })
                })
                .collect::<async_graphql::Result<Vec<_>>>()
        };
        let meeting = MeetingDraft {
            organization: m.organization,
            forum: m.forum,
            date: optional(m.date, &at("date"), date)?,
            time: optional(m.time, &at("time"), time)?,
            place: m.place,
            chair: m.chair,
            secretary: m.secretary,
            present: attendees(m.present, "present")?,
            absent: attendees(m.absent, "absent")?,
            approvers: m
                .approvers
                .into_iter()
                .enumerate()
                .map(|(index, a)| {
                    Ok(Approver {
                        name: a.name,
                        party: party(&a.party, &format!("draft.meeting.approvers.{index}.party"))?,
                    })
                })
                .collect::<async_graphql::Result<Vec<_>>>()?,
            approval_deadline: optional(m.approval_deadline, &at("approvalDeadline"), date)?,
            comments_deadline: optional(m.comments_deadline, &at("commentsDeadline"), date_time)?,
            previous_minutes_approved: m.previous_minutes_approved,
            next_meeting: optional(m.next_meeting, &at("nextMeeting"), date)?,
            next_meeting_time: optional(m.next_meeting_time, &at("nextMeetingTime"), time)?,
        };
        let items = input
            .items
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let id = item.id.clone();
                item_draft(item, &format!("draft.items.{index}"))
                    .map_err(|error| of_item(error, index, &id))
            })
            .collect::<async_graphql::Result<Vec<_>>>()?;
        let text = input.text.unwrap_or_default();
        if text.len() > crate::import::MAX_BYTES {
            return Err(field_error(
                "draft.text",
                format!("the text is larger than {} bytes", crate::import::MAX_BYTES),
                format!("texten är större än {} byte", crate::import::MAX_BYTES),
            ));
        }
        Ok(Draft {
            meeting,
            items,
            warnings: input.warnings,
            source_encoding: input.source_encoding,
            text,
        })
    }
}

fn item_draft(item: DraftItem, path: &str) -> async_graphql::Result<ItemDraft> {
    let at = |field: &str| format!("{path}.{field}");
    let optional_party = |value: Option<String>, field: &str| optional(value, &at(field), party_of);
    let due = match item.due {
        None => None,
        Some(due) => Some(DueDraft {
            label: due.label,
            by_date: optional(due.by_date, &at("due.byDate"), date)?,
            next_meeting: due.next_meeting,
        }),
    };
    let answer = match item.answer {
        None => None,
        Some(answer) => Some(AnswerDraft {
            by: party(&answer.by, &at("answer.by"))?,
            person: answer.person,
            text: answer.text,
            span: span(answer.span, &at("answer.span"))?,
        }),
    };
    let link = match item.link {
        None => None,
        Some(link) => Some(link_of(link, &at("link"))?),
    };
    Ok(ItemDraft {
        id: item.id,
        kind: item.kind.into(),
        section: item.section,
        section_title: item.section_title,
        title: item.title,
        text: item.text,
        source_span: span(item.source_span, &at("sourceSpan"))?,
        source_text: item.source_text,
        raised_by: optional_party(item.raised_by, "raisedBy")?,
        addressed_to: optional_party(item.addressed_to, "addressedTo")?,
        by: optional_party(item.by, "by")?,
        to: optional_party(item.to, "to")?,
        person: item.person,
        due,
        answer,
        registry_number: item.registry_number,
        mbl: item.mbl.map(Into::into),
        agenda_label: item.agenda_label,
        statement_kind: item.statement_kind.map(Into::into),
        pre_registered: item.pre_registered,
        carried_over: item.carried_over,
        on_balance_list: item.on_balance_list,
        struck_off: item.struck_off,
        outcome: item.outcome.into(),
        belongs_to: item.belongs_to,
        confidence: share(item.confidence, &at("confidence"))?,
        link,
    })
}

fn link_of(link: DraftLink, path: &str) -> async_graphql::Result<Link> {
    let case: CaseId = link.case.as_str().parse().map_err(|_| {
        field_error(
            &format!("{path}.case"),
            format!(
                "{:?} is not a case id (a 26-character ULID)",
                link.case.as_str()
            ),
            format!(
                "{:?} är inget ärende-id (ett ULID med 26 tecken)",
                link.case.as_str()
            ),
        )
    })?;
    let commitment = || {
        link.commitment.ok_or_else(|| {
            field_error(
                &format!("{path}.commitment"),
                "FULFILLED and RENEWED need the commitment's number",
                "FULFILLED och RENEWED behöver åtagandets nummer",
            )
        })
    };
    let action = match link.action {
        DraftLinkAction::Discussed => LinkAction::Discussed,
        DraftLinkAction::Answered => LinkAction::Answered,
        DraftLinkAction::FollowUp => LinkAction::FollowUp,
        DraftLinkAction::Fulfilled => LinkAction::Fulfilled {
            commitment: commitment()?,
        },
        DraftLinkAction::Renewed => LinkAction::Renewed {
            commitment: commitment()?,
        },
    };
    Ok(Link {
        case,
        number: link.number,
        title: link.title,
        reason: link.reason,
        score: share(link.score, &format!("{path}.score"))?,
        action,
    })
}

/// An error about an item of the draft, marked with the item's index and id (`itemIndex`,
/// `item`) so that a review screen can show it beside that item.
pub(crate) fn of_item(error: async_graphql::Error, index: usize, id: &str) -> async_graphql::Error {
    use async_graphql::ErrorExtensions as _;
    error.extend_with(|_, e| {
        e.set("itemIndex", index);
        e.set("item", id);
    })
}

/// An error about one field of the input: its path leads both messages.
fn field_error(
    path: &str,
    english: impl AsRef<str>,
    swedish: impl AsRef<str>,
) -> async_graphql::Error {
    use async_graphql::ErrorExtensions as _;
    bad_input(
        format!("{path}: {}", english.as_ref()),
        format!("fältet {path}: {}", swedish.as_ref()),
    )
    .extend_with(|_, e| e.set("field", path))
}

/// What reading one text gives, or why it cannot be read, in English and Swedish.
type Read<T> = Result<T, (String, String)>;

fn optional<T>(
    value: Option<String>,
    path: &str,
    read: impl Fn(&str) -> Read<T>,
) -> async_graphql::Result<Option<T>> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => read(text)
            .map(Some)
            .map_err(|(english, swedish)| field_error(path, english, swedish)),
    }
}

fn date(text: &str) -> Read<jiff::civil::Date> {
    parse_date(text).map_err(|error| (error.to_string(), error.swedish()))
}

fn time(text: &str) -> Read<Time> {
    text.parse::<Time>().map_err(|_| {
        (
            format!("{text:?} is not a time of day (13:00)"),
            format!("\"{text}\" är ingen tid på dagen: skriv till exempel 13:00"),
        )
    })
}

fn date_time(text: &str) -> Read<DateTime> {
    text.parse::<DateTime>().map_err(|_| {
        (
            format!("{text:?} is not a date and time (2025-01-20T12:00)"),
            format!("\"{text}\" är ingen tidpunkt: skriv till exempel 2025-01-20T12:00"),
        )
    })
}

fn party_of(text: &str) -> Read<Party> {
    Party::parse(text).map_err(|error| {
        (
            error.to_string(),
            "en part behöver ett namn (till exempel \"Arbetsgivaren\" eller \"Kommunal\")"
                .to_string(),
        )
    })
}

fn party(text: &str, path: &str) -> async_graphql::Result<Party> {
    party_of(text).map_err(|(english, swedish)| field_error(path, english, swedish))
}

fn span(span: SourceSpan, path: &str) -> async_graphql::Result<Span> {
    if span.end < span.start {
        return Err(field_error(
            path,
            format!(
                "the span ends ({}) before it starts ({})",
                span.end, span.start
            ),
            format!("spannet slutar ({}) före början ({})", span.end, span.start),
        ));
    }
    Ok(Span::new(span.start, span.end))
}

/// A score or confidence: a share from 0 to 1.
fn share(value: f32, path: &str) -> async_graphql::Result<f32> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(field_error(
            path,
            format!("{value} is not between 0 and 1"),
            format!("{value} ligger inte mellan 0 och 1"),
        ))
    }
}
