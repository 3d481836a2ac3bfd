//! The draft an import produces: the meeting's facts and the items found, each with where it came from and how sure the reader is. Serde types, shown to a person (or a GraphQL client) to correct before anything is stored.

use balans_domain::{Approver, Attendee, CaseId, Mbl, Party, StatementKind};
use jiff::civil::{Date, DateTime, Time};
use serde::{Deserialize, Serialize};

use crate::doc::Span;

/// A protocol read into what a secretary would enter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub meeting: MeetingDraft,
    pub items: Vec<ItemDraft>,
    /// What the reader noticed and could not settle (conversions, missing facts).
    #[serde(default)]
    pub warnings: Vec<String>,
    /// How the file was read: "UTF-8", "Windows-1252", "PDF (pdftotext)" ...
    #[serde(default)]
    pub source_encoding: String,
    /// The text as read (normalized): the items' spans point into it, and an import keeps it
    /// with the meeting.
    #[serde(default)]
    pub text: String,
}

/// The meeting's facts. `None` or empty means the protocol does not say.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MeetingDraft {
    pub organization: Option<String>,
    pub forum: Option<String>,
    pub date: Option<Date>,
    pub time: Option<Time>,
    pub place: Option<String>,
    pub chair: Option<String>,
    pub secretary: Option<String>,
    #[serde(default)]
    pub present: Vec<Attendee>,
    #[serde(default)]
    pub absent: Vec<Attendee>,
    #[serde(default)]
    pub approvers: Vec<Approver>,
    pub approval_deadline: Option<Date>,
    pub comments_deadline: Option<DateTime>,
    /// A "Föregående protokoll" section approved (or filed) the previous meeting's minutes.
    #[serde(default)]
    pub previous_minutes_approved: bool,
    /// When the forum meets next, as the protocol says ("Nästa möte: 12 mars kl. 13.00").
    #[serde(default)]
    pub next_meeting: Option<Date>,
    #[serde(default)]
    pub next_meeting_time: Option<Time>,
}

/// What kind of item: the kinds of the seed labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Question,
    Commitment,
    BoardMatter,
    Statement,
    Negotiation,
    /// The balance list was reviewed: nothing of its own is created.
    BalanceListReview,
    /// A heading that says there was nothing ("Inga anmälda frågor", "Övriga frågor: -"): nothing is created.
    NoneRegistered,
}

impl ItemKind {
    pub fn swedish(self) -> &'static str {
        match self {
            ItemKind::Question => "fråga",
            ItemKind::Commitment => "åtagande",
            ItemKind::BoardMatter => "nämndärende",
            ItemKind::Statement => "yttrande",
            ItemKind::Negotiation => "förhandling",
            ItemKind::BalanceListReview => "balanslista",
            ItemKind::NoneRegistered => "inga",
        }
    }
}

/// Where the item stands after this meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Open,
    Answered,
    Informed,
    Agreed,
    Disagreement,
    /// Balance-list reviews and "none" headings have no outcome.
    None,
}

impl Outcome {
    /// How the draft shows it to a person; `None` has nothing to show.
    pub fn swedish(self) -> Option<&'static str> {
        match self {
            Outcome::Open => Some("öppen"),
            Outcome::Answered => Some("besvarad"),
            Outcome::Informed => Some("informerad"),
            Outcome::Agreed => Some("enighet"),
            Outcome::Disagreement => Some("oenighet"),
            Outcome::None => None,
        }
    }
}

/// An answer recorded for a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerDraft {
    pub by: Party,
    pub person: Option<String>,
    pub text: String,
    pub span: Span,
}

/// When a commitment is due: as written, and what it resolves to at the meeting's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DueDraft {
    pub label: Option<String>,
    pub by_date: Option<Date>,
    /// Due at the forum's next meeting (resolved against the schedule when read).
    #[serde(default)]
    pub next_meeting: bool,
}

/// A proposed link of an item to a case of an earlier meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub case: CaseId,
    /// The case's number, e.g. "FG-HÄ 2025:4".
    pub number: String,
    pub title: String,
    /// Why: which words and party agree.
    pub reason: String,
    /// 0..1: how alike the texts and parties are.
    pub score: f32,
    pub action: LinkAction,
}

/// What committing a linked item does to the existing case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LinkAction {
    /// The case came up again; nothing else changed.
    Discussed,
    /// The question gets (another) answer; commitments of the answering party it settles are fulfilled.
    Answered,
    /// The asker follows up: the answer is owed again.
    FollowUp,
    /// A commitment of the case was kept.
    Fulfilled { commitment: u32 },
    /// A commitment of the case was promised again, with a new due.
    Renewed { commitment: u32 },
}

impl LinkAction {
    /// What committing the link does, in Swedish ("åtagande 1 förnyas").
    pub fn swedish(self) -> String {
        match self {
            LinkAction::Discussed => "tas upp igen".to_string(),
            LinkAction::Answered => "besvaras".to_string(),
            LinkAction::FollowUp => "följdfråga".to_string(),
            LinkAction::Fulfilled { commitment } => format!("åtagande {commitment} uppfylls"),
            LinkAction::Renewed { commitment } => format!("åtagande {commitment} förnyas"),
        }
    }
}

/// One thing found in the protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemDraft {
    /// Stable within the draft ("i1", "i2", ...): other items refer to it.
    pub id: String,
    pub kind: ItemKind,
    /// The protocol's own section number.
    pub section: Option<String>,
    #[serde(default)]
    pub section_title: String,
    /// A short title for the case.
    pub title: String,
    /// The item's own words, whitespace collapsed (the case's text).
    pub text: String,
    /// Where the item's text is in the protocol (byte offsets of the normalized text).
    pub source_span: Span,
    /// The protocol's text at `source_span`, exactly.
    pub source_text: String,
    /// Questions: who asked and who must answer.
    pub raised_by: Option<Party>,
    pub addressed_to: Option<Party>,
    /// Commitments: who owes it (statements: whose statement it is).
    pub by: Option<Party>,
    pub to: Option<Party>,
    /// The person who owes or asked, where named.
    pub person: Option<String>,
    pub due: Option<DueDraft>,
    pub answer: Option<AnswerDraft>,
    pub registry_number: Option<String>,
    pub mbl: Option<Mbl>,
    /// "Ärende 6": the agenda label of a board matter without a registry number.
    pub agenda_label: Option<String>,
    pub statement_kind: Option<StatementKind>,
    #[serde(default)]
    pub pre_registered: bool,
    #[serde(default)]
    pub carried_over: bool,
    /// Listed in a balance-list section, and stays on the list after the meeting.
    #[serde(default)]
    pub on_balance_list: bool,
    /// Taken off the balance list at this meeting ("avförs", "kan avskrivas", "stryks").
    #[serde(default)]
    pub struck_off: bool,
    pub outcome: Outcome,
    /// The item this one belongs to: a commitment made in a question's answer, a statement on a board matter.
    pub belongs_to: Option<String>,
    /// 0..1: how sure the reader is.
    pub confidence: f32,
    /// A case of an earlier meeting this item continues.
    pub link: Option<Link>,
}

impl ItemDraft {
    /// An empty item of a kind at a place; the reader fills in the rest.
    pub fn new(kind: ItemKind, span: Span, source_text: &str) -> ItemDraft {
        ItemDraft {
            id: String::new(),
            kind,
            section: None,
            section_title: String::new(),
            title: String::new(),
            text: crate::text::collapse(source_text),
            source_span: span,
            source_text: source_text.to_string(),
            raised_by: None,
            addressed_to: None,
            by: None,
            to: None,
            person: None,
            due: None,
            answer: None,
            registry_number: None,
            mbl: None,
            agenda_label: None,
            statement_kind: None,
            pre_registered: false,
            carried_over: false,
            on_balance_list: false,
            struck_off: false,
            outcome: Outcome::Open,
            belongs_to: None,
            confidence: 0.5,
            link: None,
        }
    }
}

impl Draft {
    /// Whether the reader found anything of a protocol at all.
    pub fn found_anything(&self) -> bool {
        !self.items.is_empty()
            || self.meeting.date.is_some()
            || !self.meeting.present.is_empty()
            || !self.meeting.approvers.is_empty()
    }

    pub fn item(&self, id: &str) -> Option<&ItemDraft> {
        self.items.iter().find(|item| item.id == id)
    }
}

fn attendee_line(a: &Attendee) -> String {
    let mut line = a
        .name
        .clone()
        .unwrap_or_else(|| "(ej namngiven)".to_string());
    line.push_str(&format!(" ({}", a.party));
    if let Some(role) = &a.role {
        line.push_str(&format!(", {role}"));
    }
    line.push(')');
    line
}

fn party_or_dash(party: &Option<Party>) -> String {
    party.as_ref().map_or("–".to_string(), |p| p.to_string())
}

impl Draft {
    /// The draft as a person reads it: the meeting, then each item with its source.
    pub fn to_text(&self) -> String {
        let m = &self.meeting;
        let or_dash = |v: Option<String>| v.unwrap_or_else(|| "–".to_string());
        let mut out = String::new();
        out.push_str(&format!(
            "Möte: {} / {}, {}{}{}\n",
            or_dash(m.organization.clone()),
            or_dash(m.forum.clone()),
            or_dash(m.date.map(|d| d.to_string())),
            m.time
                .map_or(String::new(), |t| format!(" kl. {}", t.strftime("%H:%M"))),
            m.place.as_ref().map_or(String::new(), |p| format!(", {p}")),
        ));
        out.push_str(&format!(
            "Ordförande: {}; sekreterare: {}\n",
            or_dash(m.chair.clone()),
            or_dash(m.secretary.clone())
        ));
        out.push_str(&format!("Närvarande ({}):\n", m.present.len()));
        for a in &m.present {
            out.push_str(&format!("  {}\n", attendee_line(a)));
        }
        out.push_str(&format!("Förhinder ({}):\n", m.absent.len()));
        for a in &m.absent {
            out.push_str(&format!("  {}\n", attendee_line(a)));
        }
        let approvers: Vec<String> = m
            .approvers
            .iter()
            .map(|a| match &a.name {
                Some(name) => format!("{name} ({})", a.party),
                None => format!("företrädare för {}", a.party),
            })
            .collect();
        out.push_str(&format!(
            "Justerare: {}; justering senast {}{}\n",
            if approvers.is_empty() {
                "–".to_string()
            } else {
                approvers.join(", ")
            },
            or_dash(m.approval_deadline.map(|d| d.to_string())),
            m.comments_deadline
                .map_or(String::new(), |d| format!("; synpunkter senast {d}")),
        ));
        if let Some(next) = m.next_meeting {
            out.push_str(&format!(
                "Nästa möte: {next}{}\n",
                m.next_meeting_time
                    .map_or(String::new(), |t| format!(" kl. {}", t.strftime("%H:%M")))
            ));
        }
        if m.previous_minutes_approved {
            out.push_str("Föregående protokoll: godkänt / lagt till handlingarna\n");
        }
        out.push_str(&format!("\nPunkter ({}):\n", self.items.len()));
        for item in &self.items {
            out.push_str(&format!(
                "{} §{} {} [{:.2}]",
                item.id,
                item.section.as_deref().unwrap_or("–"),
                item.kind.swedish(),
                item.confidence
            ));
            match item.kind {
                ItemKind::Question => out.push_str(&format!(
                    " {} → {}",
                    party_or_dash(&item.raised_by),
                    party_or_dash(&item.addressed_to)
                )),
                ItemKind::Commitment => {
                    out.push_str(&format!(
                        " {} → {}",
                        party_or_dash(&item.by),
                        party_or_dash(&item.to)
                    ));
                    if let Some(person) = &item.person {
                        out.push_str(&format!(" ({person})"));
                    }
                    if let Some(due) = &item.due {
                        out.push_str(&format!(
                            ", senast: {}",
                            due.label.as_deref().unwrap_or("–")
                        ));
                        if let Some(date) = due.by_date {
                            out.push_str(&format!(" = {date}"));
                        } else if due.next_meeting {
                            out.push_str(" = nästa möte");
                        }
                    }
                }
                ItemKind::BoardMatter => {
                    if let Some(number) = &item.registry_number {
                        out.push_str(&format!(" {number}"));
                    }
                    if let Some(mbl) = item.mbl {
                        out.push_str(match mbl {
                            Mbl::Negotiation11 => " MBL §11",
                            Mbl::Information19 => " MBL §19",
                        });
                    }
                }
                ItemKind::Statement => out.push_str(&format!(" {}", party_or_dash(&item.by))),
                _ => {}
            }
            if let Some(outcome) = item.outcome.swedish() {
                out.push_str(&format!(", {outcome}"));
            }
            if item.pre_registered {
                out.push_str(", föranmäld");
            }
            if item.carried_over {
                out.push_str(", kvarvarande");
            }
            if item.struck_off {
                out.push_str(", avförs från balanslistan");
            }
            if let Some(parent) = &item.belongs_to {
                out.push_str(&format!(", hör till {parent}"));
            }
            out.push('\n');
            out.push_str(&format!("    {}\n", item.title));
            out.push_str(&format!(
                "    källa {}–{}: \"{}\"\n",
                item.source_span.start,
                item.source_span.end,
                crate::items::shorten(&item.text, 160)
            ));
            if let Some(answer) = &item.answer {
                out.push_str(&format!(
                    "    svar ({}): \"{}\"\n",
                    answer.by,
                    crate::items::shorten(&answer.text, 160)
                ));
            }
            if let Some(link) = &item.link {
                out.push_str(&format!(
                    "    koppling: {} \"{}\" ({}; likhet {:.2}; {})\n",
                    link.number,
                    link.title,
                    link.action.swedish(),
                    link.score,
                    link.reason
                ));
            }
        }
        if !self.warnings.is_empty() {
            out.push_str("\nObs:\n");
            for warning in &self.warnings {
                out.push_str(&format!("  {warning}\n"));
            }
        }
        out
    }
}
