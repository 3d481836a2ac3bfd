//! Tests of balance-list points and their titles: list marks, subjects, registered points and list tables.

use super::*;
use crate::items::testing::{asked, read};

#[test]
fn titles_lose_their_numbers_and_what_became_of_the_point() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\nLisa Ek, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Frågor från arbetstagarorganisationerna\n2.1 Kommunal vill veta när fönstren i matsalen byts.\nArbetsgivaren svarade att de byts i juni.\n\n§ 3 Balanslista\nFråga om cykelställ vid entrén: klar, avförs.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let titles: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Kommunal vill veta när fönstren i matsalen byts.",
            "Fråga om cykelställ vid entrén",
        ]
    );
}

#[test]
fn a_closing_sentence_alone_gives_way_to_the_sections_title() {
    let doc = Doc::parse("§ 1 Städning av förråd\nPunkten avförs från listan.\n".to_string());
    let start = doc.text.find("Punkten").unwrap();
    let span = Span::new(start, doc.text.trim_end().len());
    let mut item = ItemDraft::new(ItemKind::Question, span, doc.slice(span));
    item.title = "Punkten avförs från listan.".to_string();
    item.section_title = "Städning av förråd".to_string();
    retitle_from_point(&doc, &mut item);
    assert_eq!(item.title, "Städning av förråd");
}

#[test]
fn a_points_own_title_is_the_items_title() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\nLisa Ek, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Frågor från arbetstagarorganisationerna\n2.1 Sommarvikarier i nattpatrullen\nKommunal frågade hur många sommarvikarier som rekryterats. Arbetsgivaren svarade att åtta är klara.\n\n2.2 Städrutiner i köket Vision undrar om rutinerna för städning kan ses över. Arbetsgivaren tar med sig frågan.\n\n§ 3 Uppföljning från föregående möte\nCykelförråd vid stationen (från LSG november)\nKommunal har frågat om ett låst cykelförråd. Förrådet är nu byggt. Punkten kan avskrivas.\n\nB 25:04 Larmknappar i entrén\nVision har frågat om larmknappar. Arbetsgivaren har beställt knapparna. Punkten avförs.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<(&str, Option<&Party>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .map(|i| (i.title.as_str(), i.raised_by.as_ref()))
        .collect();
    let kommunal = Party::Union("Kommunal".into());
    let vision = Party::Union("Vision".into());
    assert_eq!(
        questions,
        [
            ("Sommarvikarier i nattpatrullen", Some(&kommunal)),
            ("Städrutiner i köket", Some(&vision)),
            (
                "Cykelförråd vid stationen (från LSG november)",
                Some(&kommunal)
            ),
            ("Larmknappar i entrén", Some(&vision)),
        ]
    );
    assert!(
        items.iter().all(|i| !REMOVAL.is_match(&i.title)),
        "{items:#?}"
    );
}

#[test]
fn a_balance_list_point_with_its_origin_is_titled_by_its_subject() {
    let items = read(
        "§ 7 Balanslista\n1. Vision (2026-01-20): Nya larmtelefoner i hemtjänsten. Kvarstår, leverantören är sen.\n2. Kommunal (2025-12-02): Städning av personalrummet. Klar, kan avskrivas.\n",
    );
    let titles: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Nya larmtelefoner i hemtjänsten",
            "Städning av personalrummet"
        ],
        "{items:?}"
    );
}

#[test]
fn a_titles_list_letter_or_number_is_no_part_of_it() {
    assert_eq!(
        without_list_mark("b) Vision undrar när hissen lagas."),
        "Vision undrar när hissen lagas."
    );
    assert_eq!(
        without_list_mark("2. Kommunal (2025-10-02): Nya arbetskläder."),
        "Kommunal (2025-10-02): Nya arbetskläder."
    );
    assert_eq!(
        without_list_mark("- Taklyftar på avdelning 4"),
        "Taklyftar på avdelning 4"
    );
    assert_eq!(
        without_list_mark("Punkt 4 – Parkering vid förrådet (Vision)."),
        "Parkering vid förrådet (Vision)."
    );
    assert_eq!(without_list_mark("punkt 2: Nya nycklar"), "Nya nycklar");
    // A number that is the subject's own stays.
    assert_eq!(
        without_list_mark("3 nya tjänster inom hemtjänsten"),
        "3 nya tjänster inom hemtjänsten"
    );
}

#[test]
fn a_point_struck_off_leaves_the_balance_list_and_one_that_remains_stays() {
    let items = read(
        "§ 3 Balanslista\n- Belysningen i cykelgaraget: arbetsgivaren redovisade att nya armaturer har satts upp. Frågan kan avskrivas.\n- Nycklar till förrådet: kvarstår. Arbetsgivaren återkommer när låssmeden har varit där och bytet är klart.\n",
    );
    let listed: Vec<(Outcome, bool, bool)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .map(|i| (i.outcome, i.on_balance_list, i.struck_off))
        .collect();
    assert_eq!(
        listed,
        [
            (Outcome::Answered, false, true),
            (Outcome::Open, true, false)
        ],
        "{items:?}"
    );
    // What became of a point is no part of its title.
    assert!(
        items.iter().any(|i| i.title == "Nycklar till förrådet"),
        "{items:?}"
    );
}

#[test]
fn a_bare_removal_on_its_own_line_closes_the_point_above_it() {
    let items = read(
        "§ 3 Åtgärdslistan\nStege till vinden i skola 2: en ny stege sattes upp i mars.\nPunkten avförs.\nKommunals fråga om nya skåp i omklädningsrummet: skåpen är levererade.\nAvförs.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:?}");
    assert!(
        questions[0].source_text.contains("Stege till vinden"),
        "{items:?}"
    );
    assert!(questions[1].source_text.contains("nya skåp"), "{items:?}");
    assert!(
        questions
            .iter()
            .all(|q| !q.title.starts_with("Punkten") && !q.title.starts_with("Avförs")),
        "{items:?}"
    );
}

#[test]
fn unnumbered_headings_after_a_known_one_cut_the_text_into_points() {
    let items = read(
        "Lagerbolaget AB\nSkyddskommittén\n\nMötets öppnande\nOrdföranden öppnade mötet.\n\nGenomgång av åtgärdslistan\nÅtgärdslistan lästes upp.\n\n  12 Belysning i lager B\n  Nya armaturer uppsatta i maj. Åtgärdat, punkten stryks.\n\nTruckar\nUnionen frågade hur ofta truckarna besiktas.\nLagerchefen svarade att de besiktas varje halvår.\n\nÖvriga frågor\nInga övriga frågor.\n",
    );
    let kinds: Vec<ItemKind> = items.iter().map(|item| item.kind).collect();
    assert!(kinds.contains(&ItemKind::BalanceListReview), "{items:#?}");
    let report = items
        .iter()
        .find(|item| item.kind == ItemKind::Question && item.source_text.contains("armaturer"))
        .expect("the reported point");
    assert_eq!(report.outcome, Outcome::Answered);
    assert!(report.carried_over);
    let truck = items
        .iter()
        .find(|item| item.source_text.contains("truckarna"))
        .expect("the question under an unknown heading");
    assert_eq!(truck.section_title, "Truckar");
    assert_eq!(truck.raised_by, Some(Party::Union("Unionen".into())));
}

#[test]
fn bulleted_points_of_a_balance_list_are_read_one_by_one() {
    let items = read(
        "§1 Mötets öppnande\nMötet öppnades.§2 Balanslistan\nBalanslistan gicks igenom:\n- Vision, nya datorer till expeditionen (från 2026-01-10). Lena Ek\nredovisade att datorerna levererats. Punkten avförs från balanslistan.\n- Kommunal, arbetskläder i tvätteriet (från 2026-02-02). AG: leverantören är kontaktad och\nHR återkommer i mars. Punkten står kvar.\n§3 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:#?}");
    assert_eq!(questions[0].raised_by, Some(Party::Union("Vision".into())));
    assert_eq!(questions[0].outcome, Outcome::Answered);
    assert_eq!(
        questions[1].raised_by,
        Some(Party::Union("Kommunal".into()))
    );
    assert_eq!(questions[1].outcome, Outcome::Open);
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .expect("the promise to come back");
    assert_eq!(promise.to, Some(Party::Union("Kommunal".into())));
}

#[test]
fn numbered_rows_of_a_balance_list_are_the_unions_points_carried_over() {
    let items = read(
        "§1 Öppnande\nMötet öppnades.\n\n§2 Balanslista\nListan gicks igenom.\n1. 2026-01-12 Seko – Belysning i garaget. Arbetsgivaren återkommer i mars. Status: Pågår.\n2. 2026-02-02 Unionen – Nya stolar i kontoret.\n   Stolarna levererade. Status: Klar.\n\nNr | Fråga | Ansvarig | Status\n7 | Vision: parkering för\ncykel vid entrén | Eva Holm | Pågår. Offert begärd.\n\n§3 Avslutning\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 3, "{items:#?}");
    assert_eq!(questions[0].raised_by, Some(Party::Union("Seko".into())));
    assert_eq!(questions[0].outcome, Outcome::Open);
    assert_eq!(questions[1].outcome, Outcome::Answered);
    assert_eq!(questions[2].raised_by, Some(Party::Union("Vision".into())));
    assert_eq!(questions[2].outcome, Outcome::Open);
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(promise.to, Some(Party::Union("Seko".into())));
}

#[test]
fn a_point_in_a_bulleted_list_has_no_bullet_in_its_title() {
    let items = read(
        "§ 3 Balanslistan\n- Belysning i garaget (från LSG mars): Det redovisades att nya armaturer har satts upp. Punkten kan avskrivas.\n• Skåp i omklädningsrummet: kvarstår till nästa möte.\n",
    );
    assert!(!items.is_empty(), "{items:#?}");
    for item in &items {
        assert!(!item.title.starts_with(['-', '–', '•', '*']), "{items:#?}");
    }
}

#[test]
fn a_point_half_done_with_its_stay_on_the_line_below_is_open() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslistan\n2.1 Skyltar vid lastkajen (SO Kommunal)\nArbetet är klart vid två av fyra portar.\nKvarstår.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let got = asked(&items);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Outcome::Open, "{got:?}");
}

#[test]
fn a_balance_list_laid_out_as_a_table_with_wrapped_cells_is_read_row_by_row() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\nListan gicks igenom.\n\n",
        "Nr   Ärende                         Väckt av      Status\n",
        "12   Trasiga lysrör i               Vision        Lysrören bytta v. 4.\n",
        "     förrådet                                      Avförs.\n",
        "14   Kallt i personalrummet         Kommunal      Pågår. Fastighet\n",
        "                                                  felsöker värmen.\n",
        "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got,
        [
            (
                "Vision".to_string(),
                Outcome::Answered,
                "Trasiga lysrör i förrådet".to_string()
            ),
            (
                "Kommunal".to_string(),
                Outcome::Open,
                "Kallt i personalrummet".to_string()
            ),
        ]
    );
    assert!(
        items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .all(|i| i.carried_over)
    );
}

/// An action list with no asker's column ("ID  Beskrivning  Ansv.  Status"): its rows begin
/// at their numbers, raised by the unions together; "Stängd." closes one.
#[test]
fn an_action_list_without_an_askers_column_is_read_row_by_row() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslista\n",
        "ID        Beskrivning                 Ansv.     Status\n",
        "B-26-03   Halkskydd vid               Per A.    Stängd. Mattor\n",
        "          lastkajen                             lagda i januari.\n",
        "B-26-05   Belysning i                 Eva K.    Öppen. Armaturer\n",
        "          tvätthallen                           beställda.\n",
        "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got,
        [
            (
                "Fackliga organisationerna".to_string(),
                Outcome::Answered,
                "Halkskydd vid lastkajen".to_string()
            ),
            (
                "Fackliga organisationerna".to_string(),
                Outcome::Open,
                "Belysning i tvätthallen".to_string()
            ),
        ]
    );
    // "Åtgärd" names the topic's column; the party in parentheses closing its cell asked.
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslistan\n",
        "Nr    Åtgärd                    Ansvarig    Status\n",
        "4/26  Nya arbetsskor till       Lars B      Klart. Skorna\n",
        "      köket (Unionen)                       utdelade.\n",
        "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    assert_eq!(
        asked(&items),
        [(
            "Unionen".to_string(),
            Outcome::Answered,
            "Nya arbetsskor till köket".to_string()
        )]
    );
}

#[test]
fn points_still_pending_each_on_a_numbered_line_under_a_heading_of_open_points() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Kvarstående frågor\n",
        "2.1 Ventilationen i köket (Kommunal): flödet är justerat. Punkten kan avskrivas.\n",
        "2.2 Nya stolar till matsalen är ännu inte levererade.\n",
        "2.3 Arbetsskor för vikarier (Vision, från mars). Frågan är fortfarande obesvarad.\n",
        "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1),
        ("Kommunal", Outcome::Answered),
        "{got:?}"
    );
    assert_eq!(got[1].1, Outcome::Open, "{got:?}");
    assert_eq!(
        (got[2].0.as_str(), got[2].1),
        ("Vision", Outcome::Open),
        "{got:?}"
    );
    assert!(
        items
            .iter()
            .filter(|i| i.kind == ItemKind::Question)
            .all(|i| i.carried_over)
    );
}

#[test]
fn a_listed_point_with_a_safety_representative_named_in_brackets_is_that_unions() {
    let items = read(concat!(
        "Närvarande\nKarl Ek, platschef\nLisa Holm, Seko, skyddsombud\n\n",
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslistan\n",
        "- Halt golv i tvätthallen (SO Lisa Holm): nya mattor lagda v. 4. Klar, stryks från listan.\n",
        "- Trasig port i garaget (SO Lisa Holm): reservdel beställd. Kvarstår.\n",
        "\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got.iter()
            .map(|(p, o, _)| (p.as_str(), *o))
            .collect::<Vec<_>>(),
        [("Seko", Outcome::Answered), ("Seko", Outcome::Open)],
        "{got:?}"
    );
}

/// "Föregående protokoll och kvarstående ärenden": the minutes, and the matters still open
/// gone through point by point under them.
#[test]
fn matters_still_open_under_the_previous_minutes_are_read() {
    let items = read(concat!(
        "§ 4\nFöregående protokoll och kvarstående ärenden\nProtokollet lades till handlingarna.\n",
        "Kvarstående ärenden:\n",
        "– Unionens fråga om parkering för nattpersonalen (möte 2025-11-06). Fastighetschefen\n",
        "redovisade att tio platser reserverats. Ärendet avslutas.\n",
        "– Visions fråga om nya skrivbord i kundtjänst. Inköpet utreds. Driftchefen återkommer\n",
        "vid nästa sammanträde.\n",
        "\n§ 5\nMötets avslutande\nMötet avslutades.\n",
    ));
    let got: Vec<(ItemKind, Outcome)> = items.iter().map(|i| (i.kind, i.outcome)).collect();
    assert_eq!(
        got,
        [
            (ItemKind::Question, Outcome::Answered),
            (ItemKind::Question, Outcome::Open),
            (ItemKind::Commitment, Outcome::Open)
        ],
        "{items:#?}"
    );
}

/// A balance-list point that only says it stays ("… Kvarstår.") is titled by its subject, not by
/// what became of it.
#[test]
fn a_point_that_stays_is_titled_by_its_subject() {
    let items = read(
        "§ 4 Balanslistan\nPunkt 2 – Skåp för arbetskläder (Kommunal). Beställning är gjord. Kvarstår.\nPunkt 3 – Nya stolar i fikarummet (Vision). Levererade. Avförs från balanslistan.\n\n§ 5 Övrigt\nInget.\n",
    );
    let titles: Vec<&str> = items.iter().map(|i| i.title.as_str()).collect();
    assert!(
        titles.contains(&"Skåp för arbetskläder (Kommunal)."),
        "{titles:?}"
    );
    assert!(!titles.contains(&"Kvarstår."), "{titles:?}");
}
