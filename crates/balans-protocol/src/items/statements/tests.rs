//! Tests of statements: notes to the minutes, positions and statements under their headings.

use super::*;
use crate::items::testing::read;

#[test]
fn a_note_ends_before_the_next_listed_point_of_its_paragraph() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 3 Nämndärenden\n3.1 KS 2026/14 Ny städorganisation\nFörhandling enligt MBL § 11. Parterna är överens.\nProtokollsanteckning Kommunal: Kommunal vill att bemanningen ses över\nefter ett halvår.\n3.2 KS 2026/20 Taxor för lokaler\nInformation enligt MBL § 19.\n",
    );
    let note = items
        .iter()
        .find(|i| i.kind == ItemKind::Statement)
        .expect("the note");
    assert_eq!(
        note.source_text,
        "Protokollsanteckning Kommunal: Kommunal vill att bemanningen ses över\nefter ett halvår.",
        "{items:#?}"
    );
}

#[test]
fn statements_within_a_paragraph_are_their_quotation_or_sentence() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 2 Lokaler\nFörslaget presenterades. Ledarna tillstyrker förslaget och lämnar följande protokollsanteckning: \"Flytten bör ske efter sommaren.\" Vision har inget att invända.\n\n§ 3 Scheman\nFörhandlingen avslutades i oenighet. Vision och Kommunal lämnade en gemensam protokollsanteckning om att schemat saknar riskbedömning. Nästa steg är ett beslut i nämnden.\n\n§ 4 Övrigt\nOla lämnade ett yttrande från Kommunal till protokollet: \"Bilarna räcker inte.\"\n\n§ 5 Budget\nParterna är oense. Vision lämnar en protokollsanteckning, se bilaga 2. Mötet fortsatte.\n\n§ 6 Nattarbete\nKommunal vill ha antecknat att nattpassen är för långa.\n",
    );
    let statements: Vec<(Option<Party>, &str)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Statement)
        .map(|i| (i.by.clone(), i.source_text.as_str()))
        .collect();
    let union = |name: &'static str| Some(Party::Union(name.into()));
    assert_eq!(
        statements,
        [
            (
                union("Ledarna"),
                "Ledarna tillstyrker förslaget och lämnar följande protokollsanteckning: \"Flytten bör ske efter sommaren.\""
            ),
            (
                union("Vision"),
                "Vision och Kommunal lämnade en gemensam protokollsanteckning om att schemat saknar riskbedömning."
            ),
            (
                union("Kommunal"),
                "Ola lämnade ett yttrande från Kommunal till protokollet: \"Bilarna räcker inte.\""
            ),
            (
                union("Kommunal"),
                "Kommunal vill ha antecknat att nattpassen är för långa."
            ),
        ],
        "{items:#?}"
    );
}

#[test]
fn a_party_labelled_paragraph_under_a_notes_heading_is_its_note() {
    let items = read(
        "§ 3 Förhandlingens resultat\nFörhandlingen avslutas i oenighet.\n\n§ 4 Protokollsanteckningar\nSeko: Seko menar att bemanningen i kassan är för låg under helger och förbehåller sig rätten att återkomma.\n",
    );
    let notes: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Statement)
        .collect();
    assert_eq!(notes.len(), 1, "{items:?}");
    assert_eq!(notes[0].by, Some(Party::Union("Seko".into())), "{items:?}");
    assert!(notes[0].source_text.contains("bemanningen i kassan"));
    assert!(
        !items
            .iter()
            .any(|i| matches!(i.kind, ItemKind::Question | ItemKind::Commitment)),
        "{items:?}"
    );
}

#[test]
fn notes_labelled_by_their_party_and_a_report_headed_by_a_unions_section() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Städning\nFörslaget presenterades.\nProtokollsanteckning Seko: Seko anser att städtiden är för kort.\n\n§ 3 Nattjour\nFörslaget presenterades.\n\nUnionen, protokollsanteckning till punkt 3:\nUnionen anser att jouren är för glest bemannad.\n\n§ 4 Skyltar\nFörslaget presenterades.\nSeko och Unionen lämnar följande gemensamma anteckning till protokollet: \"Skyltarna behövs.\"\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
    );
    let statements = items
        .iter()
        .filter(|item| item.kind == ItemKind::Statement)
        .count();
    assert_eq!(statements, 3, "{items:#?}");
    let items = read(
        "Vision sektion Västra staden\nRapport från förvaltningens samverkansgrupp\n\nHej medlemmar!\n\nLokaler\nVi frågade när kontoret på Ågatan renoveras. Chefen svarade att det sker i höst.\n\nÖvriga frågor\nInga.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Vision".into())));
}

#[test]
fn a_party_under_a_heading_of_notes_or_of_its_demand_states() {
    let items = read(concat!(
        "§ 1 Förhandlingens öppnande\nFörhandlingen öppnades.\n\n",
        "§ 2 Sekos yrkande\nSeko yrkar att omläggningen av vaktschemat väntar till hösten.\n\n",
        "Seko frågar också hur många tjänster som berörs.\n",
        "Arbetsgivaren svarar att fyra tjänster berörs.\n\n",
        "§ 3 Protokollsanteckningar\nST: ST anser att underlaget kom för sent till ombuden.\n\n",
        "Arbetsgivaren noterade anteckningen.\n\n",
        "§ 4 Förhandlingens avslutande\nFörhandlingen avslutades i oenighet.\n",
    ));
    let statements: Vec<_> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Statement)
        .map(|i| {
            (
                i.section.clone().unwrap_or_default(),
                i.by.clone(),
                i.statement_kind,
            )
        })
        .collect();
    assert_eq!(
        statements,
        [
            (
                "2".to_string(),
                Some(Party::Union("Seko".into())),
                Some(StatementKind::Statement)
            ),
            (
                "3".to_string(),
                Some(Party::Union("Fackförbundet ST".into())),
                Some(StatementKind::MinutesNote)
            ),
        ]
    );
    assert!(items.iter().any(|i| i.kind == ItemKind::Question));
    assert!(!items.iter().any(|i| i.kind == ItemKind::Commitment));
}

#[test]
fn notes_brought_to_the_minutes_in_more_words_are_statements() {
    for (sentence, party) in [
        (
            "Kommunal för följande anteckning till protokollet: nattpersonalen har inte hörts.",
            "Kommunal",
        ),
        (
            "Seko-klubben vill till protokollet anteckna att schemat kom sent.",
            "Seko",
        ),
        (
            "Vision lämnade ett skriftligt yttrande om att lokalerna är för trånga.",
            "Vision",
        ),
    ] {
        let items = read(&format!(
            "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Lokaler\n{sentence}\n\n§ 3 Mötets avslutande\nMötet avslutades.\n"
        ));
        let note = items
            .iter()
            .find(|i| i.kind == ItemKind::Statement)
            .unwrap_or_else(|| panic!("no statement in {sentence:?}: {items:?}"));
        assert_eq!(note.by, Some(Party::Union(party.into())), "{sentence}");
    }
}

#[test]
fn a_note_labelled_before_its_party_or_asked_to_be_entered_is_a_statement() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Verksamhetsplan\nArbetsgivaren presenterade verksamhetsplanen.\n\nProtokollsanteckning: Vision noterar att planen saknar en kompetensplan för köket.\n\n§ 3 Lokaler\nArbetsgivaren informerade om flytten till Norrgatan.\nKommunal begär att få följande protokollsanteckning införd:\n\"Kommunal anser att flytten sker för snabbt.\"\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let statements: Vec<Option<&Party>> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Statement)
        .map(|i| i.by.as_ref().or(i.raised_by.as_ref()))
        .collect();
    assert_eq!(
        statements,
        [
            Some(&Party::Union("Vision".into())),
            Some(&Party::Union("Kommunal".into()))
        ],
        "{items:#?}"
    );
}

/// "Unionen begär att få antecknat: …" is the party's note to the minutes.
#[test]
fn a_party_asking_to_have_a_note_entered_makes_a_statement() {
    let items = read(
        "§ 6 Övrigt\nUnionen begär att få antecknat: ”Unionen anser att bemanningen i lagret är för låg.”\nArbetsgivaren svarade att två tjänster ska tillsättas till nästa möte.\n\n§ 7 Mötets avslutande\nMötet avslutades.\n",
    );
    let statement = items
        .iter()
        .find(|i| i.kind == ItemKind::Statement)
        .expect("statement");
    assert_eq!(statement.by, Some(Party::Union("Unionen".into())));
    assert!(items.iter().all(|i| i.kind != ItemKind::Question));
}
