//! Tests of board matters, MBL blocks and negotiations: registry numbers, MBL paragraphs and outcomes.

use super::*;
use crate::items::testing::read;

#[test]
fn a_heading_matter_holds_its_first_paragraph_and_none_holds_its_heading() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Svar på remiss, Dnr 2026/0077\nRemiss om nya öppettider för biblioteket, information enligt MBL § 19.\n\n§ 3 Övriga frågor\nInga.\n\nJusteras:\n\nAnna Ek\n",
    );
    let matter = items
        .iter()
        .find(|i| i.kind == ItemKind::BoardMatter)
        .unwrap();
    assert!(matter.source_text.contains("nya öppettider"), "{matter:#?}");
    assert_eq!(matter.outcome, Outcome::Informed);
    let none = items
        .iter()
        .find(|i| i.kind == ItemKind::NoneRegistered)
        .unwrap();
    assert!(
        none.source_text.starts_with("§ 3 Övriga frågor"),
        "{none:#?}"
    );
}

#[test]
fn matters_opened_by_their_numbers_on_lines_of_their_own() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Styrelsens ärenden\nKN 2026/14 Ny taxa för fritidsgården – information enligt\nMBL § 19. Kommunal frågade om taxan gäller personalen. Arbetsgivaren svarade nej.\nKN 2026/20 Ny organisation för kulturskolan, MBL § 11 – parterna är\növerens.\nKN 2026/31 Bokslut, information.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let matters: Vec<(Option<&str>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.as_deref(), i.outcome))
        .collect();
    assert_eq!(
        matters,
        [
            (Some("KN 2026/14"), Outcome::Informed),
            (Some("KN 2026/20"), Outcome::Agreed),
            (Some("KN 2026/31"), Outcome::Informed),
        ]
    );
    let question = items.iter().find(|i| i.kind == ItemKind::Question).unwrap();
    assert!(!question.title.ends_with("enligt"), "{}", question.title);
}

#[test]
fn an_outcome_that_names_no_matter_takes_the_point_above_as_its_title() {
    let items = read(
        "§ 3 Samverkan före beslut\na) Omorganisation av hemtjänstens nattpatrull (handling utsänd)\nEnhetschefen föredrar ärendet.\n\nSamverkan är därmed fullgjord i enighet\n\nb) Nya öppettider i receptionen\nFörvaltningens förslag till nya öppettider samverkades i enighet med Vision och Kommunal.\n\n§ 4 Mötet avslutas\n",
    );
    let negotiations: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Negotiation)
        .collect();
    assert_eq!(negotiations.len(), 2, "{items:#?}");
    assert_eq!(
        negotiations[0].title,
        "Omorganisation av hemtjänstens nattpatrull (handling utsänd)"
    );
    // A sentence that names its matter keeps it.
    assert!(
        negotiations[1]
            .title
            .contains("Förvaltningens förslag till nya öppettider"),
        "{}",
        negotiations[1].title
    );
    assert!(bare_outcome("Samverkan är därmed fullgjord i enighet"));
    assert!(!bare_outcome("Budgeten för 2026 samverkades i enighet"));
}

#[test]
fn a_negotiation_holds_the_title_of_the_point_it_closes() {
    let items = read(
        "§ 4 Samverkan enligt MBL § 11\n\n4.1 Digital kvittens av nycklar\nArbetsgivaren föreslår att nycklar kvitteras digitalt från den 1 juni. Samverkan genomförd i enighet.\n\n4.2 Flytt av arkivet till plan 3\nArbetsgivaren föreslår att arkivet flyttas.\nFörhandlingen avslutas i oenighet.\n\n§ 5 Samverkan enligt MBL § 11 – Ny bemanning i\nväxeln under sommaren\nArbetsgivaren föreslår två bemannade linjer. Oenighet konstaterades och frågan går vidare.\n\n§ 6 Mötet avslutas\n",
    );
    let negotiations: Vec<(&str, &str, Outcome)> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Negotiation)
        .map(|item| (item.title.as_str(), item.source_text.as_str(), item.outcome))
        .collect();
    assert_eq!(negotiations.len(), 3, "{items:#?}");
    assert_eq!(negotiations[0].0, "Digital kvittens av nycklar");
    assert!(negotiations[0].1.starts_with("4.1 Digital kvittens"));
    assert_eq!(negotiations[0].2, Outcome::Agreed);
    assert_eq!(negotiations[1].0, "Flytt av arkivet till plan 3");
    assert!(negotiations[1].1.ends_with("avslutas i oenighet."));
    assert_eq!(negotiations[1].2, Outcome::Disagreement);
    // A point headed as a negotiation is named by its heading, wrapped or not.
    assert_eq!(negotiations[2].0, "Ny bemanning i växeln under sommaren");
    assert!(negotiations[2].1.starts_with("§ 5 Samverkan"));
    assert!(bare_outcome("Förhandlingen avslutas i oenighet."));
}

#[test]
fn board_matters_with_numbers_after_their_titles() {
    let items = read(
        "§1 Mötets öppnande\n\n§2 Nämndärenden\nMBL § 11\nBudget 2026\nKS 2025/12\nNy organisation för IT\nKS 2025/40\nEnighet.\n",
    );
    let matters: Vec<_> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| {
            (
                i.registry_number.clone().unwrap_or_default(),
                i.title.clone(),
                i.mbl,
                i.outcome,
            )
        })
        .collect();
    assert_eq!(
        matters,
        [
            (
                "KS 2025/12".to_string(),
                "Budget 2026".to_string(),
                Some(Mbl::Negotiation11),
                Outcome::Agreed
            ),
            (
                "KS 2025/40".to_string(),
                "Ny organisation för IT".to_string(),
                Some(Mbl::Negotiation11),
                Outcome::Agreed
            ),
        ]
    );
}

#[test]
fn a_matter_takes_the_mbl_line_right_under_it_and_information_is_told_under_19() {
    let items = read(
        "§ 7 Ärenden till nämnden\nTN 2026/0012 Ny taxa för parkering 2027.\nInformation enligt MBL § 19.\n\nDnr TN 2025/0300 Sammanslagning av två driftenheter.\nÄrendet har förhandlats enligt MBL § 11 i arbetsgruppen. Enighet konstaterades.\n\n§ 8 Information inför direktionens möte\na) Delårsrapport, Dnr RF 2026/0007\nEkonomichefen redogjorde för utfallet.\n\nb) Nya larmcentraler, Dnr RF 2026/0009\nTvå larmcentraler slås ihop i maj.\n",
    );
    let matters: Vec<(Option<&str>, Option<Mbl>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.as_deref(), i.mbl, i.outcome))
        .collect();
    assert_eq!(
        matters,
        [
            (
                Some("TN 2026/0012"),
                Some(Mbl::Information19),
                Outcome::Informed
            ),
            (
                Some("TN 2025/0300"),
                Some(Mbl::Negotiation11),
                Outcome::Agreed
            ),
            (
                Some("RF 2026/0007"),
                Some(Mbl::Information19),
                Outcome::Informed
            ),
            (
                Some("RF 2026/0009"),
                Some(Mbl::Information19),
                Outcome::Informed
            ),
        ],
        "{items:#?}"
    );
}

#[test]
fn a_boards_matters_listed_with_their_numbers_and_a_titled_row_told_as_information() {
    let items = read(
        "§ 4 Styrelseärenden\nInför styrelsens möte lämnades information enligt MBL § 19 om följande ärenden:\n\n–  Budget 2027                       Dnr 2026/0031\n–  Hyrespolicy                        Dnr 2026/0032\n\nÄrendena anses informerade.\n\n§ 5 Direktionsärenden\nAB 2026/14 Ny larmplan 2027, MBL § 11 – parterna är\növerens.\nAB 2026/15 Årsredovisning, information.\n",
    );
    let matters: Vec<(&str, Option<&str>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.title.as_str(), i.registry_number.as_deref(), i.outcome))
        .collect();
    assert_eq!(
        matters,
        [
            ("Budget 2027", Some("2026/0031"), Outcome::Informed),
            ("Hyrespolicy", Some("2026/0032"), Outcome::Informed),
            (
                "Ny larmplan 2027 – parterna är",
                Some("AB 2026/14"),
                Outcome::Agreed
            ),
            ("Årsredovisning", Some("AB 2026/15"), Outcome::Informed),
        ],
        "{items:#?}"
    );
}

#[test]
fn a_negotiation_headed_after_its_matter_and_the_lists_own_mbl_after_a_matters() {
    let items = read(
        "§ 5 Nya lokaler i Umeå – förhandling enligt\n11 § MBL\nPer Ek föredrog underlaget (Dnr AB 2026/00412). Parterna är överens om förslaget.\n\n§ 6 Nämndärenden\nFöljande ärenden informerades enligt MBL § 19:\nTN 2026/0031 Ny taxa för bad\nInformerades.\nTN 2026/0040 Plan för lokaler\nÄrendet samverkades enligt MBL § 11.\nSamverkan genomförd i enighet.\nTN 2026/0052 Avgifter för kulturskolan\nInformerades.\n",
    );
    let matters: Vec<(Option<&str>, Option<Mbl>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.as_deref(), i.mbl))
        .collect();
    assert_eq!(
        matters,
        [
            (Some("TN 2026/0031"), Some(Mbl::Information19)),
            (Some("TN 2026/0040"), Some(Mbl::Negotiation11)),
            (Some("TN 2026/0052"), Some(Mbl::Information19)),
        ],
        "{items:#?}"
    );
    assert!(items.iter().any(|i| i.kind == ItemKind::Negotiation));
}

#[test]
fn a_table_of_matters_flattened_column_by_column_and_numbers_on_lines_of_a_list() {
    let items = read(
        "§ 4 Ärenden till nämnden\nDnr\nTN 2026/12\nTN 2026/15\nÄrende\nParkeringsplan 2027\nNy städorganisation\nMBL\n§ 19\n§ 11\n\nTN 2026/12: Planen föredrogs. Ärendet anses informerat.\n\nTN 2026/15: Förslaget har beretts i arbetsgruppen.\nEnighet konstaterades.\n\n§ 5 Direktionsärenden\nFöljande ärenden informerades:\na) Budget 2027, AB 2026/3\nb) Revidering av planen för räddningstjänst enligt LSO,\n   AB 2025/88\n",
    );
    let matters: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .collect();
    assert_eq!(matters.len(), 4, "{items:#?}");
    let read: Vec<(&str, Option<&str>, Option<Mbl>, Outcome)> = matters
        .iter()
        .map(|i| {
            (
                i.title.as_str(),
                i.registry_number.as_deref(),
                i.mbl,
                i.outcome,
            )
        })
        .collect();
    assert_eq!(
        &read[..2],
        [
            (
                "Parkeringsplan 2027",
                Some("TN 2026/12"),
                Some(Mbl::Information19),
                Outcome::Informed
            ),
            (
                "Ny städorganisation",
                Some("TN 2026/15"),
                Some(Mbl::Negotiation11),
                Outcome::Agreed
            ),
        ]
    );
    // Each from its number to its title: the first holds no other title.
    assert_eq!(
        matters[0].source_text,
        "TN 2026/12\nTN 2026/15\nÄrende\nParkeringsplan 2027"
    );
    assert_eq!(read[2].1, Some("AB 2026/3"));
    assert!(
        !matters[2].source_text.contains("AB 2025/88"),
        "{:?}",
        matters[2]
    );
    assert_eq!(read[3].1, Some("AB 2025/88"));
    assert!(matters[3].source_text.contains("Revidering av planen"));
}

#[test]
fn a_sentence_about_a_later_negotiation_opens_no_list() {
    let items = read(
        "§ 4 Ärenden till nämnden\nDnr 2026/0412 Ny plan – information enligt MBL § 19. Beslut fattas i maj. En\nförhandling enligt MBL § 11 kommer att ske före beslut.\nHSN 2026/388 Årsberättelse 2025 – för kännedom.\n",
    );
    let last = items
        .iter()
        .rfind(|i| i.kind == ItemKind::BoardMatter)
        .expect("matters");
    assert_eq!(last.registry_number.as_deref(), Some("HSN 2026/388"));
    assert_ne!(last.mbl, Some(Mbl::Negotiation11), "{items:#?}");
}

#[test]
fn an_agenda_creates_nothing() {
    let doc = Doc::parse(
        "Kallelse\nLokal samverkansgrupp 2025-03-04\n1. Mötets öppnande\n2. Arbetsgivaren avser att informera om budgeten till våren.\n".to_string(),
    );
    assert!(agenda_only(&doc));
    let doc = Doc::parse(
        "Möte 2024-05-02\nSkyddskommitté\nInget protokoll har publicerats ännu.\n".to_string(),
    );
    assert!(agenda_only(&doc));
    let doc = Doc::parse("Dagordning och protokoll\n§1 Öppnande\n".to_string());
    assert!(!agenda_only(&doc));
}

#[test]
fn a_board_matter_opening_with_its_registry_number_takes_its_title_line_above() {
    let items = read(
        "§ 4 Information enligt MBL § 19: Ny taxa för hemtjänsten 2027,\nDnr 2026-0417\nEva Lund informerade om förslaget till ny taxa.\n\n§ 5 Information enligt MBL § 19: Flytt av arkivet till Norrgatan,\nSN/2026/233\nPer Berg informerade om tidplanen för flytten.\n",
    );
    let matters: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .collect();
    assert_eq!(matters.len(), 2, "{items:?}");
    assert!(
        matters[0].source_text.contains("Ny taxa för hemtjänsten"),
        "{items:?}"
    );
    assert!(
        matters[1].source_text.contains("Flytt av arkivet"),
        "{items:?}"
    );
    assert_eq!(matters[1].registry_number.as_deref(), Some("SN/2026/233"));
}

#[test]
fn board_matters_by_registry_number_in_running_text() {
    let items = read(
        "§ 6 Information\nSoF 2023/1187 Riktlinjer för hemtjänsten. Ärendet anses informerat.\n\nDnr 2024/01234 Remiss om ny lag om vårdnad. Ärendet samverkades.\n\nBudgeten för 2025/26 presenterades.\n",
    );
    let got: Vec<(Option<String>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.clone(), i.outcome))
        .collect();
    assert_eq!(
        got,
        [
            (Some("SoF 2023/1187".to_string()), Outcome::Informed),
            (Some("2024/01234".to_string()), Outcome::Agreed),
        ]
    );
}

/// "Noteras som informerat", "noterade informationen", "har tagit del av informationen",
/// "Informationen anses lämnad" and "– för kännedom" all say the matter was told, not agreed.
#[test]
fn board_matters_told_in_other_words_are_informed() {
    let items = read(
        "§ 4 Information\nKS 2025/410 Ny parkeringspolicy. Ärendet noteras som informerat.\n\nTN 2026/33 Vinterväghållning. Gruppen noterade informationen.\n\nBUN 2026/7 Skolval 2027. Parterna har tagit del av informationen.\n\nMN 2026/90 Tillsynsplan 2027. Informationen anses lämnad.\n\nVN 2026/14 Internkontroll 2026 – för kännedom.\n",
    );
    let got: Vec<(Option<String>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.clone(), i.outcome))
        .collect();
    let informed = |r: &str| (Some(r.to_string()), Outcome::Informed);
    assert_eq!(
        got,
        [
            informed("KS 2025/410"),
            informed("TN 2026/33"),
            informed("BUN 2026/7"),
            informed("MN 2026/90"),
            informed("VN 2026/14"),
        ]
    );
}

/// Under an MBL heading, paragraphs opened by someone speaking are the discussion, not
/// matters; a paragraph naming a matter still is one.
#[test]
fn a_discussion_under_an_mbl_heading_holds_no_matters() {
    let items = read(
        "§ 5 Förhandling enligt MBL § 11\nNy bemanning i hamnens växel\n\nArbetsgivaren föreslår att växeln bemannas av fyra personer.\n\nVision och Ledarna yrkade att frågan skjuts upp.\n\nSara Ek redogjorde för kostnaderna.\n",
    );
    let got: Vec<String> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| i.title.clone())
        .collect();
    assert_eq!(got, ["Ny bemanning i hamnens växel"]);
}

/// Lettered points each followed by their own MBL line take that line's paragraph, not
/// the one of the point above.
#[test]
fn a_point_takes_the_mbl_line_under_it() {
    let items = read(
        "§ 5 Nämndärenden\na) KN 2026/14 Bokbussens nya turlista\nInformation enligt MBL § 19. Ärendet anses informerat.\n\nb) KN 2026/20 Sammanslagning av biblioteksfilialerna\nFörhandling enligt MBL § 11 har skett i samverkan. Parterna är överens.\n\nc) KN 2026/31 Hyror för samlingslokaler 2027\nInformation enligt MBL § 19. Inga frågor.\n",
    );
    let got: Vec<(Option<String>, Option<Mbl>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.clone(), i.mbl))
        .collect();
    assert_eq!(
        got,
        [
            (Some("KN 2026/14".to_string()), Some(Mbl::Information19)),
            (Some("KN 2026/20".to_string()), Some(Mbl::Negotiation11)),
            (Some("KN 2026/31".to_string()), Some(Mbl::Information19)),
        ]
    );
}

/// A point's title on its own line, its number and MBL on the next: one matter named by the
/// point, informed under § 19 when nothing else is said, agreed when the parties agree.
#[test]
fn a_point_over_its_number_and_mbl_line_is_one_matter() {
    let items = read(
        "§ 4 Nämndärenden\na) Parkeringsavgifter vid rådhuset,\nTN 2026/8. Information enligt MBL § 19. Inga frågor från de\nfackliga organisationerna.\n\nb) Ny städorganisation för skolorna,\nDnr TN 2026/12. Förhandling enligt MBL § 11. Förslaget togs fram i arbetsgrupp.\nParterna är överens.\n",
    );
    let got: Vec<(String, Option<String>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.title.clone(), i.registry_number.clone(), i.outcome))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Parkeringsavgifter vid rådhuset".to_string(),
                Some("TN 2026/8".to_string()),
                Outcome::Informed
            ),
            (
                "Ny städorganisation för skolorna".to_string(),
                Some("TN 2026/12".to_string()),
                Outcome::Agreed
            ),
        ]
    );
}

/// A negotiation named as one is under MBL § 11, in its own sentence or the next.
#[test]
fn a_negotiation_named_as_one_is_under_mbl_11() {
    let items = read(
        "§ 3 Flytt av arkivet\nArbetsgivaren redogjorde för flytten till Norrby.\n\nParterna är överens om att flytten sker i maj. Förhandlingen förklarades avslutad.\n\n§ 4 Schema för vaktmästeriet\nFörhandlingen avslutades i oenighet med Vision.\n",
    );
    let got: Vec<(Outcome, Option<Mbl>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Negotiation)
        .map(|i| (i.outcome, i.mbl))
        .collect();
    assert_eq!(
        got,
        [
            (Outcome::Agreed, Some(Mbl::Negotiation11)),
            (Outcome::Disagreement, Some(Mbl::Negotiation11)),
        ]
    );
}

/// Under an MBL § 19 heading, a matter closed by its own sentence is a matter, and told;
/// a discussion closed by the same words is not.
#[test]
fn a_listed_matter_closed_by_its_own_sentence_is_informed() {
    let items = read(
        "§ 7 Information enligt MBL § 19\nLokalförsörjningsplan för hamnkontoret 2027. Informationen anses lämnad.\n\nArbetsgivaren föreslår nya öppettider. Vision har inget att invända. Informationen noterades.\n",
    );
    let got: Vec<(String, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.title.clone(), i.outcome))
        .collect();
    assert_eq!(
        got,
        [(
            "Lokalförsörjningsplan för hamnkontoret 2027".to_string(),
            Outcome::Informed
        )]
    );
}

/// A balance list's own codes ("A 2026:3", "Punkt 2025:11") are not registry numbers; a
/// series code of two or three letters with a colon ("SOU 2025:40") is.
#[test]
fn list_codes_with_a_colon_are_not_registry_numbers() {
    assert_eq!(registry_in("A 2026:3 Belysning i garaget (Vision)"), None);
    assert_eq!(registry_in("Punkt 2025:11 Cykelrum vid stationen"), None);
    assert_eq!(
        registry_in("Remiss av SOU 2025:40 om arbetsmiljön").as_deref(),
        Some("SOU 2025:40")
    );
}

#[test]
fn lettered_points_over_their_numbers_and_a_number_under_the_heading_are_matters() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Ärenden till nämnden\n2.1 Samverkan enligt MBL § 11\na) Ny taxa för färdtjänst\n   TN 2026-00123\nEnhetschefen föredrog ärendet, som anses samverkat i enighet.\n\nVision lämnar följande särskilda yttrande: Vi vill se en konsekvensanalys.\n\n§ 3 Ombyggnad av depån (MBL § 11)\nDnr TN 2026/45\nArbetsgivaren föredrog förslaget.\nSamverkan genomförd i enighet.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let matters: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::BoardMatter)
        .collect();
    assert_eq!(matters.len(), 2, "{items:#?}");
    assert_eq!(matters[0].title, "Ny taxa för färdtjänst");
    assert_eq!(matters[0].registry_number.as_deref(), Some("TN 2026-00123"));
    assert_eq!(matters[0].mbl, Some(Mbl::Negotiation11));
    assert_eq!(matters[1].title, "Ombyggnad av depån");
    assert_eq!(matters[1].registry_number.as_deref(), Some("TN 2026/45"));
    assert_eq!(matters[1].outcome, Outcome::Agreed);
    let statement = items
        .iter()
        .find(|item| item.kind == ItemKind::Statement)
        .expect("the särskilda yttrande");
    assert_eq!(statement.by, Some(Party::Union("Vision".into())));
    assert_eq!(
        statement.statement_kind,
        Some(StatementKind::DissentingStatement)
    );
}

#[test]
fn a_point_with_its_number_and_mbl_on_one_line_is_a_board_matter() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Nämndärenden\na) Skolskjuts 2027 - nya hållplatser,\nTN 2026/17 (MBL §11)\nFörslaget har tagits fram med skolorna.\nSamverkan genomförd i enighet.\nb) Budget 2027, TN 2026/11 (MBL §19)\nÄrendet anses informerat.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let matters: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::BoardMatter)
        .collect();
    assert_eq!(matters.len(), 2, "{items:#?}");
    assert!(
        matters[0].title.starts_with("Skolskjuts 2027"),
        "{}",
        matters[0].title
    );
    assert_eq!(matters[0].mbl, Some(Mbl::Negotiation11));
    assert_eq!(matters[0].outcome, Outcome::Agreed);
    assert_eq!(matters[1].title, "Budget 2027");
    assert_eq!(matters[1].registry_number.as_deref(), Some("TN 2026/11"));
    assert_eq!(matters[1].mbl, Some(Mbl::Information19));
    assert_eq!(matters[1].outcome, Outcome::Informed);
    // The outcome of the point is still read as a negotiation.
    assert!(items.iter().any(|item| item.kind == ItemKind::Negotiation));
}

#[test]
fn a_negotiation_protocol_has_its_matter_in_the_head_and_its_end_in_the_closing() {
    let items = read(
        "Förhandling enligt 11 § MBL\nDatum: 2026-04-02\nDiarienummer: TN 2026/5\n\nÄrende: Nya arbetstider i parkförvaltningen\nunder sommarsäsongen\n\n1. Förhandlingens öppnande\nOrdföranden öppnade förhandlingen.\n\n2. Frågor\nSeko undrade hur raster ska läggas. Parkchefen svarade att rasterna läggs enligt schemat.\nVision påpekar att passen blir långa och frågar hur vilan säkras.\n\n3. Förhandlingens avslutande\nOenighet konstaterades mellan arbetsgivaren och Seko.\nSeko begär central förhandling. Seko återkommer skriftligt senast den 9 april 2026. Arbetsgivaren avvaktar med verkställandet tills utredningen är klar.\n\nSeko antecknar också att förslaget saknar riskbedömning.\n",
    );
    let matter = items
        .iter()
        .find(|item| item.kind == ItemKind::BoardMatter)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(
        matter.title,
        "Nya arbetstider i parkförvaltningen under sommarsäsongen"
    );
    assert_eq!(matter.registry_number.as_deref(), Some("TN 2026/5"));
    assert_eq!(matter.mbl, Some(Mbl::Negotiation11));
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:#?}");
    assert_eq!(questions[0].outcome, Outcome::Answered);
    assert_eq!(questions[1].raised_by, Some(Party::Union("Vision".into())));
    assert!(items.iter().any(
        |item| item.kind == ItemKind::Negotiation && item.outcome == Outcome::Disagreement
    ));
    let promises: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .collect();
    assert_eq!(promises.len(), 2, "{items:#?}");
    assert_eq!(promises[0].by, Some(Party::Union("Seko".into())));
    assert_eq!(promises[1].by, Some(Party::Employer));
    assert_eq!(
        promises[1].due.as_ref().and_then(|d| d.label.as_deref()),
        Some("tills utredningen är klar")
    );
    let statement = items
        .iter()
        .find(|item| item.kind == ItemKind::Statement)
        .expect("the note");
    assert_eq!(statement.by, Some(Party::Union("Seko".into())));
}

#[test]
fn a_heading_with_its_number_and_mbl_is_the_matter_and_lettered_points_under_mbl_19() {
    let items = read(
        "§1 Öppnande\nMötet öppnades.\n\n§2 Ny policy för tjänstebilar, TN 2026/41 (MBL § 11)\nChefen föredrog ärendet. Parterna är ense och förhandlingen avslutades i enighet.\n\n§3 Information enligt MBL § 19\na) Delårsrapport för tekniska nämnden, TN 2026/50\nb) Plan för nya lokaler, TN 2026/52\nInformationen lämnades utan erinran.\n\n§4 Avslutning\nMötet avslutades.\n",
    );
    let matters: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::BoardMatter)
        .collect();
    assert_eq!(matters.len(), 3, "{items:#?}");
    assert_eq!(matters[0].title, "Ny policy för tjänstebilar");
    assert_eq!(matters[0].registry_number.as_deref(), Some("TN 2026/41"));
    assert_eq!(matters[0].mbl, Some(Mbl::Negotiation11));
    assert_eq!(matters[0].outcome, Outcome::Agreed);
    assert_eq!(matters[2].registry_number.as_deref(), Some("TN 2026/52"));
    assert_eq!(matters[2].mbl, Some(Mbl::Information19));
    assert_eq!(matters[2].outcome, Outcome::Informed);
}

#[test]
fn a_heading_with_its_number_whose_text_names_the_mbl_paragraph_is_the_matter() {
    let items = read(
        "Punkt 1 Öppnande\nMötet öppnades.\n\nPunkt 2 Delårsbokslut, TN 2026/8\nEkonomichefen gick igenom bokslutet. Information enligt MBL § 19.\n\nPunkt 3 Nya arbetstider i förrådet, TN 2026/11\nSamverkan enligt MBL § 11 om nya arbetstider. Parterna är överens.\n\nPunkt 4 Avslutning\nMötet avslutades.\n",
    );
    let matters: Vec<(Option<String>, Option<Mbl>, Outcome)> = items
        .iter()
        .filter(|item| item.kind == ItemKind::BoardMatter)
        .map(|item| (item.registry_number.clone(), item.mbl, item.outcome))
        .collect();
    assert_eq!(
        matters,
        [
            (
                Some("TN 2026/8".into()),
                Some(Mbl::Information19),
                Outcome::Informed
            ),
            (
                Some("TN 2026/11".into()),
                Some(Mbl::Negotiation11),
                Outcome::Agreed
            )
        ],
        "{items:#?}"
    );
}

/// A heading "Title (MBL § 11)" with no registry number is one negotiation: its closing
/// sentence, a note after it and a page's foot are no matters of a list.
#[test]
fn a_heading_with_mbl_11_in_parenthesis_is_one_negotiation() {
    let items = read(
        "§ 4 Ny bemanning i reception (MBL § 11)\nArbetsgivaren föreslår att receptionen bemannas av två personer från maj.\nSamverkan genomförd, parterna är överens om förslaget.\nProtokollsanteckning från Vision: Vi vill att bemanningen följs upp i höst.\n\nHamnbolaget i Öresvik AB        Sida 2(3)\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
    );
    let kinds: Vec<ItemKind> = items.iter().map(|i| i.kind).collect();
    assert!(!kinds.contains(&ItemKind::BoardMatter), "{kinds:?}");
    assert!(kinds.contains(&ItemKind::Negotiation), "{kinds:?}");
    assert!(kinds.contains(&ItemKind::Statement), "{kinds:?}");
    let items = read(
        "3. MBL § 11 – Nya larmrutiner för fältassistenterna\nCheferna redogjorde för förslaget.\nParterna är överens om förslaget. Saco framhöll att utbildningen behöver planeras.\nArbetsgivaren återkommer om utbildningen senast 15 maj.\n\n4. Mötets avslutande\nMötet avslutades.\n",
    );
    let kinds: Vec<ItemKind> = items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::Negotiation, ItemKind::Commitment]);
    // "Samverkan/förhandling enligt 11 § MBL: …" heads one negotiation as either word does.
    let items = read(
        "§ 5 Samverkan/förhandling enligt 11 § MBL: Ny schemaläggning i köket\nArbetsgivaren föreslår delade turer.\nParterna är överens om förslaget.\n\n────────────\nÖresviks kommun • Box 12 • www.oresvik.se\n\n§ 6 Mötets avslutande\nMötet avslutades.\n",
    );
    let kinds: Vec<ItemKind> = items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::Negotiation]);
}

/// The police's registry numbers put the year last ("dnr B104.227/2026").
#[test]
fn registry_numbers_with_the_year_last() {
    let items = read(
        "4. Information enligt § 19 MBL\n4.1 Ny lokal för hundförarna, dnr B104.227/2026\n4.2 Översyn av fordonsparken, dnr B088.410/2026\nInformationen anses lämnad.\n\n5. Mötets avslutande\nMötet avslutades.\n",
    );
    let matters: Vec<(Option<&str>, Outcome)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::BoardMatter)
        .map(|i| (i.registry_number.as_deref(), i.outcome))
        .collect();
    assert_eq!(
        matters,
        [
            (Some("B104.227/2026"), Outcome::Informed),
            (Some("B088.410/2026"), Outcome::Informed)
        ]
    );
}

/// A matter's title wrapped onto the line of its number ("Ny plan för X – byte av\nlokaler i
/// Y     KFN 2026/12", as normalizing joins a number wrapped in its column) begins on the line
/// above.
#[test]
fn a_title_wrapped_onto_the_numbers_line_begins_above() {
    let items = read(
        "§ 4 Ärenden till nämnden\nÄrenden för samverkan (MBL § 11)\nNy plan för simhallen – byte av\nomklädningsrum och entré                         FRN 2026/0044\nSamverkan avslutades i enighet.\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
    );
    let matter = items
        .iter()
        .find(|i| i.kind == ItemKind::BoardMatter)
        .expect("matter");
    assert_eq!(matter.registry_number.as_deref(), Some("FRN 2026/0044"));
    assert!(
        matter.source_text.starts_with("Ny plan för simhallen"),
        "{matter:#?}"
    );
    assert!(
        matter.title.starts_with("Ny plan för simhallen"),
        "{matter:#?}"
    );
}
