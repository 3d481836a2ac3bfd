//! Tests of the reader's driver: a section's items in order, a negotiation protocol's head matter and the unions a span names.

use super::*;
use crate::items::testing::{asked, read};

#[test]
fn a_protocol_that_lost_its_swedish_letters_reads_the_same() {
    let items = read(
        "§ 6 Ovriga fragor\nVardforbundet fragar om nattbemanningen pa avdelning 4.\nArbetsgivaren aterkommer med svar till nasta mote.\n",
    );
    let question = items
        .iter()
        .find(|i| i.kind == ItemKind::Question)
        .expect("a question");
    assert_eq!(
        question.raised_by,
        Some(Party::Union("Vårdförbundet".into()))
    );
    assert!(
        items
            .iter()
            .any(|i| i.kind == ItemKind::Commitment && i.by == Some(Party::Employer))
    );
}

#[test]
fn we_in_minutes_written_for_one_union_is_that_union() {
    for head in [
        "Från oss i Ledarna deltog Siv Ek. Även Vision och Kommunal deltog.\n\n",
        "Från Ledarna deltog jag och Siv Ek. Även Vision och Kommunal deltog.\n\n",
    ] {
        let items = read(&format!(
            "Minnesanteckningar från samverkansgruppen\n\n{head}{}",
            concat!(
                "Budget\nEva Ek gick igenom budgeten.\n\nVi frågade hur besparingen på vaktmästeriet ska göras. ",
                "Arbetsgivaren svarade att två tjänster inte återbesätts.\n",
            ),
        ));
        let got = asked(&items);
        assert_eq!(
            got.iter()
                .map(|(p, o, _)| (p.as_str(), *o))
                .collect::<Vec<_>>(),
            [("Ledarna", Outcome::Answered)],
            "{got:?}"
        );
    }
}
