//! Plain-text reports with Swedish labels: who owes what, open cases, a case's history, the log.

use std::fmt::Write as _;

use balans_domain::organization_time_zone;
use balans_domain::{CaseState, CaseStatus, DueBy, ForumId, ObligationKind, Party};
use balans_read::{HistoryEntry, ObligationFilter, ReadModel, summary::shorten};
use balans_store::RecordedEvent;
use jiff::civil::Date;

/// A count with its noun in the right number: "1 post", "2 poster", "-1 dag".
pub fn count(n: impl TryInto<i64>, one: &str, many: &str) -> String {
    let n = n.try_into().unwrap_or(i64::MAX);
    if n == 1 || n == -1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "Vem är skyldig vad": every obligation, grouped by the party that owes it.
pub fn owed(model: &ReadModel, filter: &ObligationFilter, as_of: Date) -> String {
    let items = model.obligations(filter, as_of);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Vem är skyldig vad, per {as_of} ({})",
        count(items.len(), "post", "poster")
    );
    let mut parties: Vec<_> = items.iter().map(|i| i.obligation.party.clone()).collect();
    parties.sort();
    parties.dedup();
    for party in parties {
        // "Fackliga organisationerna" are many: the adjective agrees.
        let owes = if party == Party::AllUnions {
            "är skyldiga"
        } else {
            "är skyldig"
        };
        let _ = writeln!(out, "\n{party} {owes}:");
        for item in items.iter().filter(|i| i.obligation.party == party) {
            let o = &item.obligation;
            let kind = match o.kind {
                ObligationKind::Answer => "svar",
                ObligationKind::Commitment => "åtagande",
            };
            let person = o
                .person
                .as_deref()
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            let to =
                o.to.as_ref()
                    .map(|p| format!(" till {p}"))
                    .unwrap_or_default();
            let due = match (&o.due.label, item.due_date, o.due.by) {
                (Some(label), Some(date), _) => format!("{label} → {date}"),
                (None, Some(date), _) => date.to_string(),
                (Some(label), None, DueBy::NextMeeting) => {
                    format!("{label} → inget möte planerat ännu")
                }
                (Some(label), None, _) => format!("{label} (utan datum)"),
                (None, None, _) if o.kind == ObligationKind::Commitment => {
                    "inget sagt (utan datum)".to_string()
                }
                (None, None, _) => "inget sagt".to_string(),
            };
            let late = if item.overdue { "  FÖRSENAD" } else { "" };
            let _ = writeln!(
                out,
                "  {}  {kind}{person}{to}: {}\n      sedan {} ({}), förfaller: {due}{late}",
                item.case_number,
                shorten(&o.what),
                o.since.on,
                count(item.days_waiting, "dag", "dagar"),
            );
        }
    }
    out
}

/// "Öppna ärenden": cases still open, with what they owe.
pub fn open(model: &ReadModel, forum: Option<ForumId>, today: Date) -> String {
    let cases = model.open_cases(forum);
    let mut out = String::new();
    let _ = writeln!(out, "Öppna ärenden ({})", cases.len());
    for view in cases {
        let case = &view.state;
        let forum_name = model
            .forums
            .get(&case.forum)
            .map(|f| format!("{} {}", f.organization, f.name))
            .unwrap_or_default();
        let balance = if case.on_balance_list {
            ", på balanslistan"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {}  {}: {}\n      {forum_name}, sedan {} ({}){balance}",
            case.number,
            case.kind.swedish(),
            shorten(&case.title),
            case.opened.on,
            count((today - case.opened.on).get_days(), "dag", "dagar")
        );
        for obligation in case.obligations() {
            let _ = writeln!(
                out,
                "      väntar på {}: {}",
                obligation.party,
                shorten(&obligation.what)
            );
        }
    }
    out
}

/// "Ärendets historia": the case (whole, with its text: [`balans_read::case_whole`]), where it
/// appeared, and every event in order.
pub fn history(model: &ReadModel, case: &CaseState, entries: &[HistoryEntry]) -> String {
    let mut out = String::new();
    let status = match case.status() {
        CaseStatus::Open => "öppet",
        CaseStatus::Answered => "besvarat",
        CaseStatus::Closed => "avslutat",
    };
    let _ = writeln!(
        out,
        "{} ({}, {status}): {}",
        case.number,
        case.kind.swedish(),
        case.title
    );
    if !case.text.is_empty() {
        let _ = writeln!(out, "  {}", case.text);
    }
    let meetings: Vec<String> = case
        .meetings
        .iter()
        .map(|id| {
            model
                .meetings
                .get(id)
                .map_or_else(|| id.to_string(), |m| m.date.to_string())
        })
        .collect();
    let _ = writeln!(out, "Möten: {}", meetings.join(", "));
    let zone = organization_time_zone();
    for entry in entries {
        let _ = writeln!(
            out,
            "  {}  #{:<5} {}  (registrerat av {})",
            entry.occurred_at.to_zoned(zone.clone()).date(),
            entry.position,
            entry.summary,
            entry.recorded_by
        );
    }
    out
}

/// One line per stored event for `balans log`.
pub fn log_line(event: &RecordedEvent) -> String {
    let summary = balans_events::decode_recorded(event)
        .map(|e| balans_read::summary::summarize(&e))
        .unwrap_or_else(|error| format!("(kan inte läsas: {error})"));
    format!(
        "{:>6}  {}  {} v{}  {}  {}",
        event.position,
        event.occurred_at.to_zoned(organization_time_zone()).date(),
        event.stream,
        event.stream_version,
        event.event_type,
        summary
    )
}
