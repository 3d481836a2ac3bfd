//! Tests of who was present and who was absent: tables, flattened columns, prose, side headings, names and roles.

use super::*;
use crate::meeting::testing::{names, read};

/// Attendance under the sides' own headings, without a "Närvarande" label: "Ledamöter AG" /
/// "Ledamöter arbetstagare", "Arbetsgivarrepresentanter" over "Name, role" lines, "För
/// arbetsgivaren (the employer)" and "För Vision" over names, and the employer's people after
/// "Arbetsgivarföreträdare:" on the label's own line.
#[test]
fn side_and_party_headings_open_the_attendance() {
    let m = read(
        "Skyddskommitté Tekniska kontoret
Datum: 2025-09-03

Ledamöter AG
Ola-Pär Wendt, teknisk chef
Siv Marklund, enhetschef

Ledamöter arbetstagare
Kent Udd, HSO Kommunal

1 Mötets öppnande
Ola-Pär öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Ola-Pär Wendt/Arbetsgivaren",
            "Siv Marklund/Arbetsgivaren",
            "Kent Udd/Kommunal"
        ]
    );
    let m = read(
        "Förhandlingsprotokoll
Datum: 2025-09-03

För arbetsgivaren (Sjöviks kommun)
Gun Åkesson, personalchef

För Vision
Leo Tran

För Ledarna
Ida Rask

§ 1 Förhandlingens öppnande
Gun öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gun Åkesson/Arbetsgivaren",
            "Leo Tran/Vision",
            "Ida Rask/Ledarna"
        ]
    );
    let m = read(
        "Samverkansgrupp
Datum: 2025-09-03

Arbetsgivarföreträdare: Gun Åkesson, Ivar Dahl (controller)
Arbetstagarföreträdare: Leo Tran (Vision)

§ 1 Mötets öppnande
Gun öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gun Åkesson/Arbetsgivaren",
            "Ivar Dahl/Arbetsgivaren",
            "Leo Tran/Vision"
        ]
    );
}

/// A union's name of two words right after a person's name, without a comma ("Gun Ask
/// Sveriges Lärare"): the person's party, not more of the name.
#[test]
fn a_union_of_two_words_after_a_name_is_the_persons_party() {
    let m = read(
        "LSG Skolområde Väst
Datum: 2025-01-21
Närvarande: Runa Pihl rektor (ordf.), Gun Ask Sveriges Lärare, Tim Ros Vision

1. Öppnande
Runa öppnade mötet.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Runa Pihl/Arbetsgivaren",
            "Gun Ask/Sveriges Lärare",
            "Tim Ros/Vision"
        ]
    );
}

/// A university's or a doctor's title before the name ("Prefekt Eva Ek", "Dr. Bo Alm") is the
/// person's role, not a part of the name.
#[test]
fn academic_and_doctors_titles_before_a_name_are_roles() {
    let m = read(
        "LSG Institutionen för fysik
Datum: 2025-02-04
Närvarande: Prefekt Signe Wall (ordf.), Kerstin Ros (Saco-S), Dr. Arne Tuvesson
Förhinder: Leif Grå (Seko)

§1 Öppnande
Signe Wall öppnade mötet.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Signe Wall/Arbetsgivaren",
            "Kerstin Ros/Saco",
            "Arne Tuvesson/Arbetsgivaren"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Signe Wall"));
}

/// "Arbetsgivare:" over its people's lines opens the attendance like "Arbetsgivaren"; one of
/// them named under "Frånvarande" as taking part in only some items was there.
#[test]
fn the_employers_heading_without_article_and_a_partial_absence() {
    let m = read(
        "LSG Fjärrvärme
Datum: 2025-05-06

Arbetsgivare:
Karl Bäck, produktionschef (ordförande)
Lova Ring, HR-partner

Arbetstagare:
Seko: Edvin Sjö

Frånvarande: Unionen (Malin Kåre), Lova Ring deltog endast § 1–3.

§ 1 Öppnande
Karl Bäck öppnade mötet.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Karl Bäck/Arbetsgivaren",
            "Lova Ring/Arbetsgivaren",
            "Edvin Sjö/Seko"
        ]
    );
    assert_eq!(names(&m.absent), ["Malin Kåre/Unionen"]);
}

/// A union's note on the web asks "Vilka var där:" over the sides' lists of people.
#[test]
fn a_unions_question_who_was_there_opens_the_attendance() {
    let m = read(
        "Seko klubb Hamnen informerar
Anteckningar från samverkansgruppen i tisdags

Vilka var där:
Arbetsgivaren: Rut Alm (hamnchef), Dan Ek (HR)
Fackliga: Seko Gustav Berg, Unionen Ylva Rim.

Det här tog vi upp
Arbetsskor till sommarvikarierna är beställda.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Rut Alm/Arbetsgivaren",
            "Dan Ek/Arbetsgivaren",
            "Gustav Berg/Seko",
            "Ylva Rim/Unionen"
        ]
    );
}

/// A table of members whose rows end in "X" or "Anmält förhinder", with a role or union
/// after the name: the mark says who came, the union beside the name is the party, and the
/// side's heading is not a role.
#[test]
fn a_marked_table_with_roles_beside_the_names_says_who_came() {
    let m = read(
        "Samverkansgrupp
Datum: 2025-09-03

Ledamot                          Närvaro
Arbetsgivaren
Gun Åkesson, personalchef        X, ordförande
Ivar Dahl, controller            Anmält förhinder
Arbetstagarorganisationer
Leo Tran, Vision                 X
Ida Rask, Ledarna                X

§ 1 Mötets öppnande
Gun öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gun Åkesson/Arbetsgivaren",
            "Leo Tran/Vision",
            "Ida Rask/Ledarna"
        ]
    );
    assert_eq!(
        m.present[0].role.as_deref(),
        Some("personalchef, ordförande")
    );
    assert_eq!(names(&m.absent), ["Ivar Dahl/Arbetsgivaren"]);
}

/// "Övriga fackliga: A, B och C." in prose attendance: those unions are present without names,
/// and a union already present by name is not added again.
#[test]
fn other_unions_listed_without_names_are_present() {
    let m = read(
        "Anteckningar samverkansgrupp 2025-09-03\n\nFrån Vision deltog Leo Tran och Ida Rask. Från förvaltningen deltog\nrektor Gun Åkesson. Övriga fackliga: Vision, Kommunal,\nSveriges Lärare och Ledarna. Mötet hölls i aulan.\n\n§ 1 Information\nInga.\n",
    );
    let unnamed: Vec<String> = m
        .present
        .iter()
        .filter(|a| a.name.is_none())
        .map(|a| format!("{:?}", a.party))
        .collect();
    assert_eq!(unnamed.len(), 3, "{unnamed:?}");
    assert!(unnamed.iter().all(|p| !p.contains("Vision")), "{unnamed:?}");
}

/// "hade lämnat återbud" ends a sentence of absence as "hade anmält förhinder" does, and
/// "Förhinder hade anmälts av …" opens one.
#[test]
fn a_sent_regret_and_a_passive_absence_are_absences() {
    let m = read(
        "Samverkansgrupp\nDatum: 2025-09-03\n\nNärvarande för arbetsgivaren var Gun Åkesson, personalchef. För Vision deltog Leo Tran.\nIda Rask, Ledarna, hade lämnat återbud.\n\n§ 1 Mötets öppnande\nGun öppnade.\n",
    );
    assert_eq!(names(&m.absent), ["Ida Rask/Ledarna"]);
    assert!(!names(&m.present).iter().any(|p| p.starts_with("Ida")));
    let m = read(
        "Samverkansgrupp\nDatum: 2025-09-03\n\nNärvarande för arbetsgivaren: Gun Åkesson, personalchef.\nNärvarande för arbetstagarna: Leo Tran (Vision).\nFörhinder hade anmälts av Ida Rask (Ledarna).\n\n§ 1 Mötets öppnande\nGun öppnade.\n",
    );
    assert_eq!(names(&m.absent), ["Ida Rask/Ledarna"]);
}

/// A list of "Party: names" lines: an abbreviation's full stop inside a role ("Inst. för")
/// does not make it prose, "OFR/ST" is the union ST, and "Seko: inte närvarande" is Seko
/// absent.
#[test]
fn a_union_list_with_a_federation_and_a_union_not_present() {
    let m = read(
        "Protokoll arbetsmiljökommittén 2025-05-06\n\nNärvarande:\nLedamöter för arbetsgivaren: Bo Berg (HR-chef), Lisa Holm (prefekt, Inst. för kemi)\nSaco-S: Nils Dahl (HSO)\nOFR/ST: Karin Sand\nSeko: inte närvarande\n\n§1 Information\nInga.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Bo Berg/Arbetsgivaren",
            "Lisa Holm/Arbetsgivaren",
            "Nils Dahl/Saco",
            "Karin Sand/Fackförbundet ST"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Seko"]);
}

/// "Ordförande: Eva Ek, skolchef" and "Sekreterare: …, title" as rows of the attendance list:
/// both are present for the employer, and the secretary's row does not run into the
/// person before it.
#[test]
fn office_rows_with_a_title_inside_the_attendance_are_present() {
    let m = read(
        "Protokoll arbetsmiljökommittén 2025-05-06\n\nNärvarande:\nOrdförande: Eva Ek, skolchef\nVision: Bo Berg (HSO)\nElevkåren: Lisa Holm (elevskyddsombud)\nSekreterare: Maja Lund, HR-konsult\n\n§1 Information\nInga.\n",
    );
    let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert!(present.contains(&"Eva Ek".to_string()), "{present:?}");
    assert!(present.contains(&"Maja Lund".to_string()), "{present:?}");
    assert_eq!(m.secretary.as_deref(), Some("Maja Lund"));
}

/// An attendance drawn as a table, one "| … |" row a person, a capitalized title before
/// some names: each row's person is present under their own name.
#[test]
fn attendance_rows_of_a_drawn_table() {
    let m = read(
        "SAMVERKANSGRUPP\nProtokoll 2025-05-06\n\nNärvarande\n\n| Skoldirektör Eva Ek, ordförande |\n| Ekonomichef Bo Berg |\n| Vision: Lisa Holm |\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Eva Ek/Arbetsgivaren",
            "Bo Berg/Arbetsgivaren",
            "Lisa Holm/Vision"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Eva Ek"));
}

/// "Förhinder: Vision – Eva Ek; Kommunal – Bo Berg": each union written before its person.
#[test]
fn absent_people_each_after_their_union_and_a_dash() {
    let m = read(
        "Protokoll samverkansgrupp 2025-05-06\nNärvarande:\nArbetsgivaren: Lisa Holm\nFörhinder: Vision – Eva Ek; Kommunal – Bo Berg\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(names(&m.absent), ["Eva Ek/Vision", "Bo Berg/Kommunal"]);
}

/// "Tid och plats: …" after the attendance ends it: the body's capitalized words are no
/// people.
#[test]
fn a_time_and_place_label_ends_the_attendance() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nNärvarande\nEva Ek, Arbetsgivaren\nBo Berg, Vision\nTid och plats: kl. 10.00, Rådhuset\nOrdförande: Eva Ek\n\n1 § Förhandlingsfråga\nArbetsgivaren vill slå samman enheterna\nSkog Norr och Skog Söder från den 1 juni 2026.\n",
    );
    let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(present, ["Eva Ek", "Bo Berg"]);
}

/// People who came late ("från § 4") are written as sentences: the full stop after the
/// section number ends one person, and the next sentence's name is present too.
#[test]
fn a_late_arrival_sentence_ends_at_its_section_number() {
    let m = read(
        "Protokoll fört vid styrelsemöte den 2 maj 2024\nNärvarande: Anna Berg, Bo Ek. Dan Holm och\nEva Ström från §2. Frida Sand från § 3.\n§1\nOrdförande Anna Berg öppnar mötet\n§2\nDagordningen godkänns.\n",
    );
    let present: Vec<_> = m
        .present
        .iter()
        .map(|p| (p.name.as_deref().unwrap_or("-"), p.role.as_deref()))
        .collect();
    assert!(
        present.contains(&("Eva Ström", Some("från §2"))),
        "{present:?}"
    );
    assert!(
        present.contains(&("Frida Sand", Some("från § 3"))),
        "{present:?}"
    );
}

#[test]
fn attendance_name_then_role_layout_with_absences_in_a_sentence() {
    let m = read(
        "Tekniska förvaltningen\nSKYDDSKOMMITTÉ PROTOKOLL 2024-03-05\n\nNärvarande:\nArbetsgivare\n\nBo Ek, \nchef, ordförande\nSara Lind, controller\n\nPer Olsson, HR, hade \nmeddelat förhinder.\n\nArbetstagare\n\nAli Berg, Kommunal\nEva Holm, huvudskyddsombud \nVision\n\nJan Ruud, Ledarna och Kim Ås, \nSSR hade anmält förhinder.\n\n§1 Mötets öppnande\nBo öppnade.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Tekniska förvaltningen"));
    assert_eq!(m.forum.as_deref(), Some("Skyddskommitté"));
    assert_eq!(m.date, Date::new(2024, 3, 5).ok());
    assert_eq!(
        names(&m.present),
        [
            "Bo Ek/Arbetsgivaren",
            "Sara Lind/Arbetsgivaren",
            "Ali Berg/Kommunal",
            "Eva Holm/Vision"
        ]
    );
    assert_eq!(
        names(&m.absent),
        [
            "Per Olsson/Arbetsgivaren",
            "Jan Ruud/Ledarna",
            "Kim Ås/Akademikerförbundet SSR"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Bo Ek"));
}

#[test]
fn attendance_written_as_one_sentence_per_side() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nDatum: 2021-05-04\nNärvarande för Sobona: Karin Ek och Per Lind för Seko: Ali Nur, Eva E Berg (adjungerad) och Jan Ås\n\n§ 1 Förhandlingens öppnande\nFörhandlingen öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Karin Ek/Arbetsgivaren",
            "Per Lind/Arbetsgivaren",
            "Ali Nur/Seko",
            "Eva E Berg/Seko",
            "Jan Ås/Seko"
        ]
    );
}

#[test]
fn a_table_flattened_column_by_column_is_aligned_by_count() {
    let m = read(
        "Protokoll LSG 2022-11-02\nNärvarande:\nFör arbetsgivaren:\nMaja Holm\nOlle Sten\nordförande, rektor\nsekreterare\nFör arbetstagarna:\nLina Berg\nTore Vik\nTCO, Vision\nLO, Kommunal\nFörhinder:\nAnn Lund\nSaco, Fysioterapeuterna\n\n§1\nMötets öppnande\nOrdföranden öppnade mötet.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Maja Holm/Arbetsgivaren",
            "Olle Sten/Arbetsgivaren",
            "Lina Berg/Vision",
            "Tore Vik/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["Ann Lund/Fysioterapeuterna"]);
    assert_eq!(m.chair.as_deref(), Some("Maja Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Sten"));
    assert_eq!(m.present[2].role.as_deref(), Some("TCO"));
}

/// Three columns flattened one after the other: the names, their roles, their parties.
#[test]
fn a_table_of_three_columns_flattened_is_aligned_by_count() {
    let m = read(
        "Skyddskommitté 2024-09-10\n\nNärvarande\nMaja Holm\nOlle Sten\nLina Berg\nTore Vik\nenhetschef, ordf.\nsamordnare, sekr.\nHSO\nSO\nArbetsgivaren\nArbetsgivaren\nVision\nKommunal\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Maja Holm/Arbetsgivaren",
            "Olle Sten/Arbetsgivaren",
            "Lina Berg/Vision",
            "Tore Vik/Kommunal"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Maja Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Sten"));
}

#[test]
fn head_labels_inside_a_joined_page_line_and_a_place_after_them() {
    let line = "1 Förhandlingsprotokoll Ärende: Ny arbetstidsmodell för hemtjänsten Tid och plats: Stadshuset, rum 4, Borås Närvarande för arbetsgivaren: Sara Holm och Nils Berg för Kommunal: Ida Ek";
    let m = read(&format!("{line}\n"));
    assert_eq!(m.place.as_deref(), Some("Stadshuset, rum 4, Borås"));
    assert_eq!(m.present.len(), 3);
}

/// A table's rows run together as a PDF's text gives them: a name of two or three words, then
/// the side ("Arbetsgivare"), a role ("Sekreterare") or a union, and the next person on the
/// same line; the absence heading at the end of a row.
#[test]
fn table_rows_run_together_with_sides_roles_and_an_absence_heading() {
    let m = read(
        "Samverkansgrupp Protokoll 3/24\nNärvarande:\nLena Ek Holm Arbetsgivare, Omar Said Arbetsgivare Kim Berg Sekreterare\nSara Lind TCO, Vision Per Olof Dahl Kommunal\nMaja Ek Kommunal Frånvarande:\nIda Holm Vision\n\n§ 1 Mötets öppnande\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Lena Ek Holm/Arbetsgivaren",
            "Omar Said/Arbetsgivaren",
            "Kim Berg/Arbetsgivaren",
            "Sara Lind/Vision",
            "Per Olof Dahl/Kommunal",
            "Maja Ek/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["Ida Holm/Vision"]);
    assert_eq!(m.secretary.as_deref(), Some("Kim Berg"));
}

#[test]
fn names_run_together_without_separators() {
    let m = read(
        "Protokoll skyddskommitté 2019-05-06\nNärvarande: Karin Holm, ordf Per Olof Lind Sandvik Eva Ström IF Metall Ulf Berg sekr Unionen Anna Maria Ek\n\n1. Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Karin Holm/Arbetsgivaren",
            "Per Olof Lind/Arbetsgivaren",
            "Eva Ström/IF Metall",
            "Ulf Berg/Unionen",
            "Anna Maria Ek/Arbetsgivaren"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Karin Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Ulf Berg"));
}

#[test]
fn forum_names_keep_their_modifier_in_the_indefinite_form() {
    assert_eq!(
        read("Den regiongemensamma samverkansgruppen träffades i mars i Visby.\n")
            .forum
            .as_deref(),
        Some("Regiongemensam samverkansgrupp")
    );
    assert_eq!(
        read("KOMMUNENS SAMVERKANSGRUPP\nProtokoll 2020-01-02\n")
            .forum
            .as_deref(),
        Some("Kommunens samverkansgrupp")
    );
    assert_eq!(
        read("Möte 2024-03-01\nCentrala samverkansgruppen\n")
            .forum
            .as_deref(),
        Some("Central samverkansgrupp")
    );
}

#[test]
fn names_run_together_with_each_party_after_its_person() {
    let m = read(
        "Protokoll\nNärvarande: För arbetsgivaren: Lena Sjö Henrik Falk ( ) Maria Åberg För arbetstagarna: Nils Dahl, Vision Stina Rapp, Kommunal ( ) Omar Said, Vision. Ulla Berg.\n\n§ 1 Mötets öppnande\nMötet öppnas.\n",
    );
    let present: Vec<String> = m
        .present
        .iter()
        .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
        .collect();
    assert_eq!(
        present,
        [
            "Lena Sjö/Arbetsgivaren",
            "Henrik Falk/Arbetsgivaren",
            "Maria Åberg/Arbetsgivaren",
            "Nils Dahl/Vision",
            "Stina Rapp/Kommunal",
            "Omar Said/Vision",
            "Ulla Berg/Fackliga organisationerna"
        ]
    );
}

#[test]
fn a_consultation_as_forum_and_common_given_names_in_a_run_on_list() {
    let m = read(
        "Överläggningar med skolledarna inför läsåret 2022-06-01\nNärvarande: Fatima Noor Mohammed Rahimi Lena Borg Omar Haddad\n\n§ 1 Öppnande\nMötet öppnas.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Överläggningar med skolledarna"));
    let names: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(
        names,
        ["Fatima Noor", "Mohammed Rahimi", "Lena Borg", "Omar Haddad"]
    );
}

/// A signature box whose columns were flattened gives its names to its roles in order.
#[test]
fn a_flattened_signature_box_gives_names_to_roles_in_order() {
    let m = read(
        "Plats och tid Rådhuset kl. 09:00 Ledamöter Kent Ny (S) Eva Åberg (C) Underskrifter Sekreterare Paragrafer Ulla Ros Ordförande Justerare Kent Ny Eva Åberg\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Ulla Ros"));
    assert_eq!(m.chair.as_deref(), Some("Kent Ny"));
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Eva Åberg"]);
}

#[test]
fn a_notice_heading_of_its_own_ends_the_present_and_a_copy_list_ends_the_attendance() {
    let m = read(
        "Anteckningar arbetsgruppen\nDag:\n4 mars 2021\nDeltagare:\nKarin Ek (ordf.), VC Norr\nOla Berg, sekr. Kansliet\nMeddelat förhinder:\nLisa Holm, Ortopeden\nKopia för kännedom:\nSven Dahl, verksamhetschef\n1. Mötet öppnas\nKarin hälsar välkommen.\n",
    );
    let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Karin Ek", "Ola Berg"]);
    let got: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Lisa Holm"]);
    assert_eq!(m.chair.as_deref(), Some("Karin Ek"));
    assert_eq!(m.secretary.as_deref(), Some("Ola Berg"));
    // "…, hade\nmeddelat förhinder." continued on a line is a sentence, not a heading.
    let m = read(
        "Protokoll 2021-03-04\nNärvarande:\nAnna Ek, chef\n\nBo Holm, controller, hade\nmeddelat förhinder.\n\n§ 1 Öppnande\nMötet öppnas.\n",
    );
    let got: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Bo Holm"]);
}

#[test]
fn a_joined_page_with_a_bare_attendance_label_municipalities_after_names_and_a_page_mark() {
    let m = read(
        "1 Minnesanteckningar Styrgruppsmöte Skaraborgsregionen Dag onsdagen den 4 maj 2016 Tid 9-12, Skövde stadshus Närvarande Britt Lund, Falköping Johan Ek, Skövde Karin Holm, Tibro Anna Berg, Skövde Per Sandin, Hjo Sida 1 av 4\n\n2 Mötet öppnas Mötet öppnades av ordförande Karin Holm. Dagordningen godkändes. 2. Föregående möte Anteckningarna lades till handlingarna. Lena Ek informerade om budgeten.\n",
    );
    let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(
        got,
        [
            "Britt Lund",
            "Johan Ek",
            "Karin Holm",
            "Anna Berg",
            "Per Sandin"
        ]
    );
    assert_eq!(m.present[4].role.as_deref(), Some("Hjo"));
    assert_eq!(m.chair.as_deref(), Some("Karin Holm"));
    assert_eq!(m.organization.as_deref(), Some("Skaraborgsregionen"));
}

#[test]
fn a_committees_label_signature_lines_and_a_table_of_marks_with_party_letters() {
    let m = read(
        "Nämnd: Kultur- och fritidsnämnden\nSAMMANTRÄDESPROTOKOLL\nLJUSDALS KOMMUN\nUnderskrifter\nEva Holm, ordförande\nOla Sund, sekreterare\nKarin Berg, justerare\n\nBeslutande\nEva Holm (S)X\nPer Lind (M)X\nKarin Berg (C) X\nAnna Ek (V)\n\nÖvriga närvarande\nOla Sund, sekreterare\nMia Dahl, facklig representant för Kommunal\n\n§ 1 Budget\nInformation lämnas.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Kultur- och fritidsnämnden"));
    assert_eq!(m.organization.as_deref(), Some("Ljusdals kommun"));
    let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(
        got,
        ["Eva Holm", "Per Lind", "Karin Berg", "Ola Sund", "Mia Dahl"]
    );
    assert_eq!(m.present[4].party, Party::Union("Kommunal".into()));
    assert_eq!(m.chair.as_deref(), Some("Eva Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Ola Sund"));
    let got: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Karin Berg"]);
}

#[test]
fn a_sites_breadcrumb_names_the_committee() {
    let m = read(
        "Du är här: Start > Malmö stad > Kulturnämnden > Sammanträde 2015-03-02\n\nPlats\nRådhuset\n\n§1 Öppnande\nMötet öppnas.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Kulturnämnden"));
    // A path of pages without a body's name gives none.
    let m = read("Start > Nyheter > Arkiv\n\nProtokoll 2015-03-02\n");
    assert_eq!(m.forum, None);
}

/// Attendance as sentences with titles before names, a plural title before several.
#[test]
fn attendance_written_as_sentences_with_titles_before_names() {
    let m = read(
        "PROTOKOLL Granskning av Tekniska nämnden den 3 maj 2021 Närvarande från revisionen: revisorn Eva Lind samt biträdena Ola Berg och Kim Sjö. Närvarande från nämnden: ordföranden Per Sund, förvaltningschefen för Gata och park Ulla Ros. 1 Inledning Granskningen inleddes med ett möte.\n",
    );
    let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(
        present,
        ["Eva Lind", "Ola Berg", "Kim Sjö", "Per Sund", "Ulla Ros"]
    );
    assert_eq!(m.present[0].role.as_deref(), Some("revisorn"));
    // Two bodies: the chairman of one of them does not chair the meeting.
    assert_eq!(m.chair, None);
    let m = read(
        "PROTOKOLL Möte den 3 maj 2021 Närvarande från nämnden: ordföranden Per Sund och sekreteraren Ulla Ros. 1 Inledning\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Per Sund"));
}

/// Rows of a table whose cells are set apart by wide space; a table flattened column by
/// column under its headings; "Party (Name)" as an absence; a title before a name.
#[test]
fn attendance_tables_in_cells_and_in_headed_columns() {
    let m = read(
        "Protokoll skyddskommitté 2024-05-06\nNärvarande:\nOla Strand        Driftchef, ordf.        Bolaget\nEva Lind          Skyddsombud             Unionen\nAnmält förhinder:\nPer Holm          Ekonomichef             Bolaget\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        ["Ola Strand/Arbetsgivaren", "Eva Lind/Unionen"]
    );
    assert_eq!(names(&m.absent), ["Per Holm/Arbetsgivaren"]);
    assert_eq!(m.chair.as_deref(), Some("Ola Strand"));
    let m = read(
        "Protokoll samverkansgrupp 2024-05-06\nNärvarande\nNamn\nOla Strand\nEva Lind\nDr. Bo Ek\nFunktion\nDirektör, ordförande\nOrdförande\nLäkare\nOrganisation\nArbetsgivaren\nVision\nSaco\n\nFrånvarande: Kommunal (Per Holm)\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        ["Ola Strand/Arbetsgivaren", "Eva Lind/Vision", "Bo Ek/Saco"]
    );
    assert_eq!(names(&m.absent), ["Per Holm/Kommunal"]);
    assert_eq!(m.chair.as_deref(), Some("Ola Strand"));
}

/// Attendance as sentences: each side's people after "för <party>" (with or without a
/// verb), roles before the names, "som förde protokollet" for the secretary, "och" before
/// a role and a name, and "Anmält förhinder hade …".
#[test]
fn attendance_written_as_sentences_with_roles_before_names() {
    let m = read(
        "Protokoll LSG Ekbackens förskola 2024-10-01\n\nNärvarande från arbetsgivaren var förskolechef Lena Bergh (ordförande) och\nbitr. förskolechef Nora Kask, som förde protokollet. För Kommunal deltog\nIda Sund och Ali Omar, för Vision Tea Lööf.\nAnmält förhinder hade Åsa Nyberg, Kommunal.\n\nPunkt 1. Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Lena Bergh/Arbetsgivaren",
            "Nora Kask/Arbetsgivaren",
            "Ida Sund/Kommunal",
            "Ali Omar/Kommunal",
            "Tea Lööf/Vision"
        ]
    );
    assert_eq!(names(&m.absent), ["Åsa Nyberg/Kommunal"]);
    assert_eq!(m.chair.as_deref(), Some("Lena Bergh"));
    assert_eq!(m.secretary.as_deref(), Some("Nora Kask"));
    let m = read(
        "Protokoll samverkansgrupp 2024-10-01\n\nNärvarande för arbetsgivaren: chef Per Ås (ordf.), controller\nMia Fors (sekr.). För ST: Lo Berg. För Seko: Kim\nHolm.\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Per Ås/Arbetsgivaren",
            "Mia Fors/Arbetsgivaren",
            "Lo Berg/Fackförbundet ST",
            "Kim Holm/Seko"
        ]
    );
    assert_eq!(m.secretary.as_deref(), Some("Mia Fors"));
}

/// A sentence of attendance ending in "… hade anmält förhinder" makes only its own
/// people absent, not the paragraph's; a role in parentheses after a name.
#[test]
fn a_sentence_ending_in_an_absence_makes_only_its_people_absent() {
    let m = read(
        "Protokoll LSG Björkskolan 2024-11-05\n\nNärvarande för arbetsgivaren var rektor Maja Lind (ordförande), biträdande\nrektor Olle Sand och administratör Siv Berg, som även förde protokollet. För Vision\ndeltog Gun Holm (huvudskyddsombud) och Pia Ek (ombud), för Kommunal Ulla\nStröm. Skolchef Tomas Nygren hade anmält förhinder.\n\nPunkt 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Maja Lind/Arbetsgivaren",
            "Olle Sand/Arbetsgivaren",
            "Siv Berg/Arbetsgivaren",
            "Gun Holm/Vision",
            "Pia Ek/Vision",
            "Ulla Ström/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["Tomas Nygren/Arbetsgivaren"]);
    assert_eq!(m.chair.as_deref(), Some("Maja Lind"));
    assert_eq!(m.secretary.as_deref(), Some("Siv Berg"));
}

/// An absence told inside a sentence of the paragraph keeps to that sentence; a heading
/// over the sentence that opens the meeting is no part of the chair's name.
#[test]
fn an_absence_inside_a_sentence_keeps_to_it() {
    let m = read(
        "Protokoll LSG Ekskolan 2025-02-03\n\nNärvarande för arbetsgivaren var rektor Anna Ek och\nadministratör Bo Holm, som förde protokollet. För Vision deltog Lena Berg,\nför Kommunal Per Lind. Kommunal hade anmält förhinder för sitt andra ombud. Ledarna\nvar frånvarande.\n\n§ 1 Öppnande\nAnna Ek öppnade mötet.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Anna Ek/Arbetsgivaren",
            "Bo Holm/Arbetsgivaren",
            "Lena Berg/Vision",
            "Per Lind/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
    assert_eq!(m.chair.as_deref(), Some("Anna Ek"));
}

/// A two-column attendance table: each side or union in the first column, its people in
/// the second, further people of the same side on indented lines under it; a side marked
/// absent in its row; a list headed "Arbetsgivarens företrädare" without "Närvarande".
#[test]
fn a_table_of_sides_and_their_people_in_two_columns() {
    let m = read(
        "Protokoll LSG 2024-11-05\n\nNärvarande\nArbetsgivaren        Eva Berg, rektor, ordf\n                     Olle Sand, sekr\nVision               Gun Holm, skyddsombud\nKommunal             Pia Ek\n                     Ulla Ström\nLedarna              Anmält förhinder\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Eva Berg/Arbetsgivaren",
            "Olle Sand/Arbetsgivaren",
            "Gun Holm/Vision",
            "Pia Ek/Kommunal",
            "Ulla Ström/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
    assert_eq!(m.chair.as_deref(), Some("Eva Berg"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Sand"));
    let m = read(
        "CSG protokoll 2024-11-05\n\nArbetsgivarens företrädare\nEva Berg, kommundirektör, ordf.\nOlle Sand, HR-chef, sekr.\n\nArbetstagarorganisationernas företrädare\nKommunal      Pia Ek, Ulla Ström\nVision        Gun Holm\nLedarna       –\n\nLedarna hade meddelat förhinder.\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Eva Berg/Arbetsgivaren",
            "Olle Sand/Arbetsgivaren",
            "Pia Ek/Kommunal",
            "Ulla Ström/Kommunal",
            "Gun Holm/Vision"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
}

/// "Ledarna var inte representerade.", "Bo Alm deltog inte.": a party or a person said not to
/// be there is absent, beside those present in the sentences before.
#[test]
fn a_party_not_represented_is_absent() {
    let m = read(
        "Protokoll 2025-09-02\n\nNärvarande för arbetsgivaren var Eva Holm (ordförande) och Per Sand (sekreterare). För Vision deltog Anna Berg. Ledarna var inte representerat. Bo Alm deltog inte.\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(names(&m.absent), ["-/Ledarna", "Bo Alm/Arbetsgivaren"]);
    assert!(names(&m.present).contains(&"Anna Berg/Vision".to_string()));
}

/// "Per Holm, ekonomichef; Vision, ersättare": after a semicolon a party is absent on its
/// own, not the party of the person before.
#[test]
fn a_party_after_a_semicolon_is_absent_on_its_own() {
    let m = read(
        "Protokoll förvaltningsgrupp 2024-04-04\nNärvarande\nArbetsgivaren: Eva Ek, chef\nFörhinder: Per Holm, ekonomichef; Vision, ersättare\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(names(&m.absent), ["Per Holm/Arbetsgivaren", "-/Vision"]);
}

#[test]
fn party_headings_over_names_without_a_present_label() {
    let m = read(
        "Tallbacka kommun\nSamverkansgrupp\n\nMötesdag 2 juni 2027, kl. 10–12\n\nArbetsgivaren\nUlla Bergkvist, socialchef (ordf.)\nSekreterare Rolf Dahl, HR-specialist\nVision\nMira Strand\nPelle Knut\nKommunal\nSiv Holt\n\nLedarna\nFörhinder\n\nJusteras av: Siv Holt\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Ulla Bergkvist/Arbetsgivaren",
            "Rolf Dahl/Arbetsgivaren",
            "Mira Strand/Vision",
            "Pelle Knut/Vision",
            "Siv Holt/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
    assert_eq!(m.chair.as_deref(), Some("Ulla Bergkvist"));
    assert_eq!(m.secretary.as_deref(), Some("Rolf Dahl"));
    assert_eq!(m.time, Time::new(10, 0, 0, 0).ok());
}

#[test]
fn attendance_in_sentences_without_a_label() {
    let m = read(
        "Protokoll CSG\nDatum: 2027-01-12\n\nVid mötet deltog för arbetsgivaren skolchef Eva Berg (ordf.), ekonom Jon Strand och HR-chef Ola Gran. För Saco-S-rådet deltog Erik Vinge, för OFR/ST Lina Hamre och för Seko Per-Olof Nyd.\nVid protokollet: Ola Gran\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Eva Berg/Arbetsgivaren",
            "Jon Strand/Arbetsgivaren",
            "Ola Gran/Arbetsgivaren",
            "Erik Vinge/Saco",
            "Lina Hamre/Fackförbundet ST",
            "Per-Olof Nyd/Seko"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Eva Berg"));
    assert_eq!(m.secretary.as_deref(), Some("Ola Gran"));
    let m = read(
        "Förhandlingsprotokoll 2027-01-12\n\nFör arbetsgivaren deltog driftchef Kim Holm och\nenhetschef Bo Lind. För Kommunal deltog Siv Ek. Vision hade anmält\nförhinder men skickat in synpunkter.\nOrdförande: Kim Holm\n\n§1 Förhandlingsfråga\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Kim Holm/Arbetsgivaren",
            "Bo Lind/Arbetsgivaren",
            "Siv Ek/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Vision"]);
}

#[test]
fn a_union_report_names_its_people_in_prose() {
    let m = read(
        "Vision avdelning Norr\nRapport från samverkan 3 mars 2027\n\nFrån Vision var vi två: Mia Holm (ordförande i avdelningen) och Ali Sten. Kommunal representerades av Eva Rönn och Vårdförbundet av Kim Dal. Arbetsgivaren hade med sig ekonomi-\nchef Bo Åker, som var ordf., samt controllern Lisa Vik som förde protokollet och enhetschefen för städ Pia Ros.\nFrånv.: Ledarna.\n\nHej alla!\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Mia Holm/Vision",
            "Ali Sten/Vision",
            "Eva Rönn/Kommunal",
            "Kim Dal/Vårdförbundet",
            "Bo Åker/Arbetsgivaren",
            "Lisa Vik/Arbetsgivaren",
            "Pia Ros/Arbetsgivaren"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
    assert_eq!(m.chair.as_deref(), Some("Bo Åker"));
    assert_eq!(m.secretary.as_deref(), Some("Lisa Vik"));
}

#[test]
fn a_title_in_capitals_from_a_committees_meeting_names_the_committee() {
    let m = read(
        "PROTOKOLL FRÅN SKYDDSKOMMITTÉNS MÖTE\nDatum: 3.11.2027\nNärvarande: Olle Rask (ordförande), Amir Saleh (Vision)\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Skyddskommitté"));
    assert_eq!(m.date, Date::new(2027, 11, 3).ok());
}

/// A title names the forum with its unit: after the group's letters, up to a date, a
/// dash or a preposition; an organization after a comma is not a unit.
/// A place in running text after the date and time, wrapped onto the next line, or in the
/// sentence that says where the meeting was held; a table's row under its labels.
#[test]
fn places_in_sentences_lines_and_table_rows() {
    let place = |head: &str| {
        read(&format!(
            "Tallby kommun\nProtokoll LSG\n\n{head}\n\n1. Öppnande\nLisa öppnade.\n"
        ))
        .place
    };
    assert_eq!(
        place("Mötet ägde rum fredagen den 7/5 2027 klockan 10 i lunchrummet,\nSkolvägen 3.")
            .as_deref(),
        Some("Lunchrummet, Skolvägen 3")
    );
    assert_eq!(
        place("Måndag 3 maj 2027, klockan 8, verkstaden, fikarummet").as_deref(),
        Some("Verkstaden, fikarummet")
    );
    assert_eq!(
        place("Arbetsplatsträff 3.5.2027, kl. 14 i matsalen\npå Ekgården.").as_deref(),
        Some("Matsalen på Ekgården")
    );
    assert_eq!(
        place("Möte 3 maj 2027, kl. 18.00-20.00\nFackexpeditionen, Torget 1").as_deref(),
        Some("Fackexpeditionen, Torget 1")
    );
    assert_eq!(
        place("Datum 2027-05-03\n\nMötet hölls i biblioteket, rum 2, kl. 9-11.").as_deref(),
        Some("Biblioteket, rum 2")
    );
    assert_eq!(
        place("Datum        Tid            Plats\n2027-05-03   kl. 9.00       Aulan, Skolgatan 2")
            .as_deref(),
        Some("Aulan, Skolgatan 2")
    );
    assert_eq!(
        place("Plats och tid   Lilla salen, Rådhuset, kl. 13.00").as_deref(),
        Some("Lilla salen, Rådhuset")
    );
}

/// A table flattened column by column with no heading over it ("Namn" first), and one whose
/// headings stand on one row over the columns' cells; roles abbreviated in parentheses.
#[test]
fn tables_flattened_by_column_under_their_headings() {
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNamn\nLisa Berg\nOlle Ek\nAnna Holm\nFunktion\nenhetschef, ordförande\nHR-konsult, sekreterare\nledamot\nOrganisation\nArbetsgivaren\nArbetsgivaren\nKommunal\nFrånvarande: Vision (Per Lind).\n\n§1 Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Lisa Berg/Arbetsgivaren",
            "Olle Ek/Arbetsgivaren",
            "Anna Holm/Kommunal"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nDeltagare\nNamn      Organisation      Roll\nLisa Berg\nOlle Ek\nAnna Holm\nArbetsgivaren\nArbetsgivaren\nKommunal\nenhetschef, ordf.\nsekr.\nskyddsombud\n\n§1 Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Lisa Berg/Arbetsgivaren",
            "Olle Ek/Arbetsgivaren",
            "Anna Holm/Kommunal"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande\nLisa Berg, enhetschef (ordf)\nOlle Ek, HR-konsult (sekr)\nAnna Holm, Kommunal\n\n§1 Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande för arbetsgivaren: Lisa Berg, enhetschef\n(ordförande), Olle Ek, HR-konsult (protokollförare), och Nils\nHolm, controller. För Kommunal: Anna Holm.\n\n§1 Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
    assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nFrån arbetsgivaren deltog controller Olle Ek och enhetschef Lisa Berg, som ledde mötet. Från Kommunal deltog Anna Holm.\n\n§1 Öppnande\nDagordningen godkändes.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
    // A board's members under "Ledamot", their offices under "Funktion".
    let m = read(
        "Vision Tallby\nStyrelseprotokoll\nDatum: 2027-05-03\n\nNärvarande\nLedamot\nLisa Berg\nOlle Ek\nAnna Holm\nFunktion\nordförande\nsekreterare\nkassör\n\n§1 Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Olle Ek"));
}

/// A party absent told in a sentence of its own: "hade ingen representant", "hade inte
/// skickat någon", "Från X deltog ingen", "hade anmält förhinder och …", a note after it.
#[test]
fn a_party_absent_in_a_sentence_after_the_list() {
    let absent = |after: &str| {
        let m = read(&format!(
            "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande\nNamn\nLisa Berg\nOlle Ek\nAnna Holm\nPart\nAG\nAG\nKommunal\n\n{after}\n\n§1 Öppnande\nLisa öppnade.\n"
        ));
        names(&m.absent)
    };
    assert_eq!(
        absent("Frånvarande: Per Lind, controller (AG). Vision hade ingen representant."),
        ["Per Lind/Arbetsgivaren", "-/Vision"]
    );
    assert_eq!(
        absent("Ej närvarande: Ledarna (ingen representant utsedd)"),
        ["-/Ledarna"]
    );
    assert_eq!(absent("Vision hade inte skickat någon."), ["-/Vision"]);
    assert_eq!(absent("Från Ledarna deltog ingen."), ["-/Ledarna"]);
    assert_eq!(
        absent(
            "Vision hade anmält förhinder och har meddelat att man ansluter sig till protokollet."
        ),
        ["-/Vision"]
    );
    assert_eq!(
        absent(
            "Vision hade anmält förhinder och har meddelat att man\nansluter sig till protokollet."
        ),
        ["-/Vision"]
    );
}

/// A compact head of role and union lines with no list of those present: its people.
#[test]
fn people_of_role_and_union_lines_in_the_head() {
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nOrdförande: Lisa Berg, enhetschef\nSekreterare: Olle Ek\nKommunal: Anna Holm (skyddsombud), Per Lind\nVision: Eva Ek\nJusterare: Anna Holm\n\n1. Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Lisa Berg/Arbetsgivaren",
            "Olle Ek/Arbetsgivaren",
            "Anna Holm/Kommunal",
            "Per Lind/Kommunal",
            "Eva Ek/Vision"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Lisa Berg"));
    assert!(
        m.approvers
            .iter()
            .any(|a| a.name.as_deref() == Some("Anna Holm"))
    );
}

/// A table of sides written "För X" in the first column, more people on indented lines.
#[test]
fn a_table_of_sides_written_with_for() {
    let m = read(
        "Tallby kommun\nFörhandling enligt 11 § MBL\nDatum: 2027-05-03\n\nNärvarande\nFör arbetsgivaren          Lisa Berg, enhetschef\n                           Olle Ek, HR-konsult (protokollförare)\nFör Kommunal               Anna Holm, ombud\nFör Sveriges läkarförbund  Per Lind, Tallby läkarförening\n\n1. Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Lisa Berg/Arbetsgivaren",
            "Olle Ek/Arbetsgivaren",
            "Anna Holm/Kommunal",
            "Per Lind/Sveriges läkarförbund"
        ]
    );
}

/// A negotiation's table of sides, each side with its "för" in the first column and its
/// people beside it, is the attendance; a union's person who chairs the club does not chair
/// the negotiation that a label names the chair of.
#[test]
fn a_table_of_sides_written_with_for_is_the_attendance() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nDatum   2025-09-02\n\nFör arbetsgivaren    Maj Norrby, förvaltningschef\n                     Leif Åström, HR-chef\n\nFör Unionen          Tilda Ekwall, ordf. klubben\n                     Jon Sällström\n\nOrdförande: Maj Norrby    Sekreterare: Leif Åström\n\n§ 1 Öppnande\nFörhandlingen öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Maj Norrby/Arbetsgivaren",
            "Leif Åström/Arbetsgivaren",
            "Tilda Ekwall/Unionen",
            "Jon Sällström/Unionen"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Maj Norrby"));
}

/// A table flattened column by column under its headings stacked one to a line ("Namn",
/// "Roll", "Förbund"): the names, then the roles, then the parties, aligned by count.
#[test]
fn a_flattened_table_under_stacked_column_headings() {
    let m = read(
        "Protokoll LSG\nDatum: 2025-03-04\n\nNärvarande\nNamn\nRoll\nFörbund\nSiv Alm\nPia Strand\nÅke Norell\nenhetschef, ordförande\nombud\nskyddsombud\nArbetsgivaren\nVision\nKommunal\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Siv Alm/Arbetsgivaren",
            "Pia Strand/Vision",
            "Åke Norell/Kommunal"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Siv Alm"));
}

/// A place after "och" and a verb, across an abbreviation's point, over a line break of its
/// sentence, or in a head flattened labels first.
#[test]
fn a_place_in_a_sentence_or_a_table_flattened_labels_first() {
    let place = |head: &str| {
        read(&format!(
            "Tallby kommun\nProtokoll samverkansgrupp\n{head}\n\n§ 1 Öppnande\nMötet öppnades.\n"
        ))
        .place
    };
    assert_eq!(
        place("Mötet hölls den 3/2 2027 på Ekan i kommunhuset och leddes av Eva Ek.").as_deref(),
        Some("Ekan i kommunhuset")
    );
    assert_eq!(
        place("Möte 3.2.2027, kl 07:00, byggboden kv. Linden, Tallby").as_deref(),
        Some("Byggboden kv. Linden, Tallby")
    );
    assert_eq!(
        place("Mötet hölls den 3/2 2027 klockan 9 i sammanträdesrummet\nAsken, plan 2, Tallby sjukhus.").as_deref(),
        Some("Sammanträdesrummet Asken, plan 2, Tallby sjukhus")
    );
    assert_eq!(
        place("Forum\nDatum\nTid\nPlats\nOrdförande\nFSG Teknik\n3.2.2027\n09:00–11:00\nAsken, Storgatan 4\nEva Ek").as_deref(),
        Some("Asken, Storgatan 4")
    );
}

/// A region's or a municipality's group named in the title after one of its units in the
/// definite form met for that unit: the unit joins the organization.
#[test]
fn a_public_body_with_a_unit_in_the_forum_title_names_that_unit() {
    let m = read(
        "Region Norrby\nProtokoll FSG Tandvården 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("FSG Tandvården"));
    assert_eq!(m.organization.as_deref(), Some("Region Norrby, Tandvården"));
    let m = read(
        "Ekeby kommun\nLokal samverkansgrupp (LSG) Habiliteringen\nDatum: 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Ekeby kommun, Habiliteringen")
    );
    // A unit that is no definite name ("Hemtjänst Öst") names the group, not the organization.
    let m = read(
        "Ekeby kommun\nProtokoll LSG Hemtjänst Öst 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Ekeby kommun"));
}

/// A union's own notes tell their people as "oss" ("Från oss deltog …", "Från oss i Vision var
/// … med"), the other unions' people after "Övriga fack på plats:" each with their union, the
/// employer's after "Arbetsgivaren:"; "oss" is the union the notes' title names.
#[test]
fn union_notes_tell_their_own_people_as_oss() {
    let m = read(
        "Vision sektion Åby\nAnteckningar från FSG 2026-03-04\n\nFrån oss deltog Tove Lind (ordinarie) och Omid Sarraf. Övriga fack på plats:\nKommunal (Siv Berg) och Ledarna (Åke Moberg). Arbetsgivaren: förvaltningschef Rut Ek\nsom var ordförande och HR-chef Bo Alm.\n\nBalanslistan\nInget nytt.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Tove Lind/Vision",
            "Omid Sarraf/Vision",
            "Siv Berg/Kommunal",
            "Åke Moberg/Ledarna",
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Rut Ek"));
    let m = read(
        "Anteckningar från CSG 2026-03-04\n\nFrån arbetsgivaren deltog kommundirektör Rut Ek (ordförande) och HR-chef\nBo Alm. Från oss i Unionen var Tove Lind och Omid Sarraf med. Ledarna hade\nlämnat återbud.\n\nBalanslistan\nInget nytt.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren",
            "Tove Lind/Unionen",
            "Omid Sarraf/Unionen"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
}

/// Sides in one sentence without a verb of its own ("Var med gjorde för Vision …, för Kommunal
/// …"), the employer's "som också ledde mötet" as the chair, and a sentence about the meeting
/// itself after them ("Mötet hölls …") naming no one.
#[test]
fn sides_listed_after_var_med_and_the_chair_who_led_the_meeting() {
    let m = read(
        "Minnesanteckningar från LSG 2026-03-04\n\nVar med gjorde för Vision Tove Lind och Omid Sarraf, för Kommunal Siv Berg. Från\narbetsgivaren deltog skolchef Rut Ek som också ledde mötet, HR-chef Bo Alm och Eva\nSund från ekonomi. Mötet hölls i Ekby, rum Tallen.\n\n1) Balanslistan\nInget nytt.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Tove Lind/Vision",
            "Omid Sarraf/Vision",
            "Siv Berg/Kommunal",
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren",
            "Eva Sund/Arbetsgivaren"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Rut Ek"));
}

/// A sentence of attendance opening after another sentence on its line ("… i rum Ekan.
/// Närvarande för arbetsgivaren var …"): the attendance starts there, not at the next side.
#[test]
fn attendance_opening_inside_a_line() {
    let m = read(
        "Anteckningar FSG 2026-03-04\n\nMötet hölls klockan 9 i rum Ekan. Närvarande för arbetsgivaren var skolchef Rut Ek\n(ordförande) och controller Bo Alm. För arbetstagarna deltog Tove Lind (Vision).\n\nPunkt 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren",
            "Tove Lind/Vision"
        ]
    );
}

/// "Vision och Ledarna var också på plats.": unions present whose people are not named.
#[test]
fn unions_said_to_be_there_too_are_present_without_names() {
    let m = read(
        "Rapport från FSG 2026-03-04\n\nFrån Kommunal deltog Tove Lind och Omid Sarraf. Vision och Ledarna var också på plats.\n\nBalanslistan\nInget nytt.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Tove Lind/Kommunal",
            "Omid Sarraf/Kommunal",
            "-/Vision",
            "-/Ledarna"
        ]
    );
}

/// "Arbetsgivaren representerades av …" opening a paragraph of its own, and "Sekreterare var
/// Eva Ek, HR." as a person present in that office.
#[test]
fn a_side_represented_by_its_people_and_the_secretary_in_a_sentence() {
    let m = read(
        "Kommunal sektion Berga\nRapport från CSG 2026-09-03\n\nFrån Kommunal deltog Tove Lind (ordförande) och Omid Sarraf.\nLedarna hade inte skickat någon.\nArbetsgivaren representerades av kommundirektör Rut Ek (ordf.) och\nekonomichef Bo Alm. Sekreterare var Ines Berg, HR. Mötet hölls i sal 2.\n\nBalanslistan\nInget nytt.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Tove Lind/Kommunal",
            "Omid Sarraf/Kommunal",
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren",
            "Ines Berg/Arbetsgivaren"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Rut Ek"));
    assert_eq!(m.secretary.as_deref(), Some("Ines Berg"));
}

/// "… och Vårdförbundets representant" among the absent: that union, its person not named.
#[test]
fn a_unions_representative_not_named_is_the_union() {
    let m = read(
        "Protokoll FSG 2026-04-14\n\nNärvarande för arbetsgivaren var socialchef Rut Ek, som ledde mötet. För Vision deltog\nTove Lind. Anmält förhinder hade Bo Alm, Vision, och Kommunals representant.\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(names(&m.absent), ["Bo Alm/Vision", "-/Kommunal"]);
}

/// "För Ledarna och Saco-S: ingen närvarande." among the sentences of attendance: both unions
/// absent.
#[test]
fn unions_with_nobody_present_are_absent() {
    let m = read(
        "Minnesanteckningar FSG 2026-03-17\n\nNärvarande för arbetsgivaren: Rut Ek (skolchef, ordf.), Bo Alm (controller). För Vision: Tove\nLind. För Ledarna och Sveriges Ingenjörer: ingen närvarande.\n\nPunkt 1 Öppnande\nText.\n",
    );
    assert_eq!(names(&m.absent), ["-/Ledarna", "-/Sveriges Ingenjörer"]);
    assert!(names(&m.present).contains(&"Tove Lind/Vision".to_string()));
}

/// A union that "avstår från att delta", said on a line of its own under the list: absent.
#[test]
fn a_union_abstaining_from_the_meeting_is_absent() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nDatum: 2026-10-12\n\nNärvarande\nFör arbetsgivaren       Rut Ek, skolchef (ordförande)\n                        Bo Alm, HR-konsult\nFör Vision              Tove Lind\nLedarna har meddelat att förbundet avstår från att delta i förhandlingen\noch hänvisar till de andra organisationerna.\n\n§ 1 Ärende\nText.\n",
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
    assert!(names(&m.present).contains(&"Tove Lind/Vision".to_string()));
}

/// "klinikchef Ekby och Åsele": a place after "och" in a person's role is no person; a given
/// name alone still is.
#[test]
fn a_lone_word_after_och_in_a_role_is_no_person() {
    let m = read(
        "Protokoll LSG 2026-03-10\n\nNärvarande för arbetsgivaren var Rut Ek, områdeschef och ordförande,\nBo Alm, klinikchef Ekby och Åsele, samt Siv Lund, HR-partner. Från\narbetstagarsidan deltog Tove Lind (Vision).\n\nPunkt 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren",
            "Siv Lund/Arbetsgivaren",
            "Tove Lind/Vision"
        ]
    );
}

/// "Närvarande: enhetschef Eva Ek (ordf), Kommunal: A och B, Vision: C" with each union's label
/// after a comma, a role in lower case before the employer's names, and "Ledarna hade ingen
/// representant." opening the line after.
#[test]
fn union_labels_inside_one_list_line_and_an_absence_opening_the_next() {
    let m = read(
        "Minnesanteckningar LSG 2026-11-18\n\nNärvarande: enhetschef Rut Ek (ordf), samordnare Bo Alm (sekr), Kommunal:\nSiv Berg (SO) och Omid Sarraf, Vision: Tove Lind (ombud).\nLedarna hade ingen representant. Elsa Dahl (fysioterapeut) deltog under punkt 4.\n\n1. Föregående anteckningar\nText.\n",
    );
    let present = names(&m.present);
    assert_eq!(
        present[..5],
        [
            "Rut Ek/Arbetsgivaren",
            "Bo Alm/Arbetsgivaren",
            "Siv Berg/Kommunal",
            "Omid Sarraf/Kommunal",
            "Tove Lind/Vision"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Ledarna"]);
    assert_eq!(m.chair.as_deref(), Some("Rut Ek"));
    assert_eq!(m.secretary.as_deref(), Some("Bo Alm"));
}

/// "Övriga närvarande, arbetsgivaren:" and "Övriga närvarande, fackliga organisationer:": side
/// headings with a comma between the label and the side open and split the attendance.
#[test]
fn side_headings_after_a_comma_split_the_attendance() {
    let m = read(
        "Samverkansgrupp Kultur
Datum: 2025-10-08
Ordförande: Gustav Holm, kulturchef

Övriga närvarande, arbetsgivaren:
Maja Ekdahl, enhetschef bibliotek

Övriga närvarande, fackliga organisationer:
Rolf Ström (Kommunal), Nadia Berg (Vision)

§ 1 Mötets öppnande
Gustav öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gustav Holm/Arbetsgivaren",
            "Maja Ekdahl/Arbetsgivaren",
            "Rolf Ström/Kommunal",
            "Nadia Berg/Vision"
        ]
    );
}

/// "Närvarande: kanslichef Eva Ek (ordf), Vision: …": a title in lower case before a name, a
/// union's label after a comma inside the line, and a union without anyone there as its own
/// sentence before another.
#[test]
fn titles_inline_union_labels_and_an_absent_union_in_one_line() {
    let m = read(
        "Anteckningar LSG Strandgården
Torsdag 5/3 2026 kl 9-10

Närvarande: kanslichef Maria Wold (ordf), planerare Jonas Frid (sekr), Vision:
Elsa Norén och Hugo Lind, Kommunal: Ali Yilmaz (HSO).
Ledarna hade ingen representant. Mötet var kort.

1. Öppnande
Maria öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Maria Wold/Arbetsgivaren",
            "Jonas Frid/Arbetsgivaren",
            "Elsa Norén/Vision",
            "Hugo Lind/Vision",
            "Ali Yilmaz/Kommunal"
        ]
    );
    assert_eq!(m.present[0].role.as_deref(), Some("kanslichef, ordförande"));
    assert_eq!(m.absent.len(), 1);
    assert_eq!(m.absent[0].party.to_string(), "Ledarna");
    assert_eq!(m.absent[0].name, None);
}

/// "Beslutande" heading the attendance's column in a municipal head, the sides' labels after it
/// and under it: the employer's people are read from the label's own line on.
#[test]
fn beslutande_opens_the_attendance() {
    let m = read(
        "SAMMANTRÄDESPROTOKOLL
Samverkansgrupp Kultur och fritid
Plats och tid         Biblioteket, kl. 09.00–11.00

Beslutande            För arbetsgivaren: Greta Holm, kulturchef, ordförande
                      Sixten Lund, fritidschef
För arbetstagarna:    Dana Berg, Vision, skyddsombud

§ 1 Mötets öppnande
Greta öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Greta Holm/Arbetsgivaren",
            "Sixten Lund/Arbetsgivaren",
            "Dana Berg/Vision"
        ]
    );
}

/// "Namn Organisation Roll" with single spaces heading a table's rows: the heading row is no
/// person.
#[test]
fn a_heading_row_with_single_spaces_names_no_one() {
    let m = read(
        "Protokoll FSG Teknik
Datum: 2026-02-02

Deltagare
Namn Organisation Roll
Signe Alm Kommunal Skyddsombud
Bertil Öst Vision Ombud

§ 1 Öppnande
Signe öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        ["Signe Alm/Kommunal", "Bertil Öst/Vision"]
    );
}

/// "Utses att justera   Eva Ek, Bo Berg" as a table's row after the absent: the approvers'
/// label ends the list, its names are not absent.
#[test]
fn an_approvers_row_in_columns_ends_the_attendance() {
    let m = read(
        "PROTOKOLL
Samverkansgrupp Fastighet
Tid                 kl. 10.00–11.30

Närvarande
Arbetsgivarföreträdare
Alva Grön, fastighetschef
Arbetstagarföreträdare
Elis Moberg, Vision
Frånvarande
Tove Rask, Kommunal

Utses att justera   Elis Moberg, Alva Grön
Justeringens        Kansliet 2026-03-19
plats och tid

§ 1 Öppnande
Alva öppnade.
",
    );
    assert_eq!(names(&m.absent), ["Tove Rask/Kommunal"]);
}

/// A given name ending a line whose surname opens the next ("Ewa\nTorsson") is one name, for the
/// common given names too ("Ewa", "Ronny"); a unit after a full name ("Kundservice") is no part
/// of it.
#[test]
fn wrapped_common_given_names_and_a_unit_after_a_name() {
    let m = read(
        "Protokoll samverkansgrupp
Datum: 2026-01-20

Närvarande för arbetsgivaren: Gert Hall, vd (ordf.), Lina Sand, HR-chef (sekr.), Ewa
Torsson, ekonomichef, Ronny
Dufva, driftchef.
Anmält förhinder: Olle Rehn Kundservice

§ 1 Öppnande
Gert öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gert Hall/Arbetsgivaren",
            "Lina Sand/Arbetsgivaren",
            "Ewa Torsson/Arbetsgivaren",
            "Ronny Dufva/Arbetsgivaren"
        ]
    );
    assert_eq!(m.absent[0].name.as_deref(), Some("Olle Rehn"));
}

/// A hasty head: "Närvarnde" with a letter lost, the sides as labels inside the lines, and people
/// set apart only by their notes' parentheses ("Bo Ek (rektor) Eva Lind (HR, sekr)").
#[test]
fn a_hasty_head_with_a_misspelt_label_and_notes_without_commas() {
    let m = read(
        "Protokol samverkansgrupp skola
datum 4.2.2026 kl 13-15
Närvarnde arbetsgivare: Gun Ahl (skolchef, ordf) , Bo Falk (rektor
Ekskolan) Lisa Rapp (HR, sekr)
facket: Sten Lax Kommunal, Tove Ring vision
Förhinder : Ledarna

Punkt 1 Öppnande
Gun öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gun Ahl/Arbetsgivaren",
            "Bo Falk/Arbetsgivaren",
            "Lisa Rapp/Arbetsgivaren",
            "Sten Lax/Kommunal",
            "Tove Ring/Vision"
        ]
    );
    assert_eq!(m.absent[0].party.to_string(), "Ledarna");
}

/// A table flattened column by column whose role's cell is a title before a unit ("Enhetschef
/// Hemtjänst Norr"): the unit is no person, the name after a title starts with a given name.
#[test]
fn a_title_before_a_unit_in_a_roles_column_is_no_person() {
    let m = read(
        "Protokoll LSG
Datum: 2026-01-20

Närvarande
Namn
Funktion
Organisation
Maria Holt
Jonas Sten
Ida Rask
Verksamhetschef, ordf.
Enhetschef Hemtjänst Norr
Skyddsombud
Arbetsgivaren
Arbetsgivaren
Kommunal

§ 1 Öppnande
Maria öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Maria Holt/Arbetsgivaren",
            "Jonas Sten/Arbetsgivaren",
            "Ida Rask/Kommunal"
        ]
    );
}

/// "Eva Ek och Bo Alm (Vision)": the party written after two names joined by "och" is both
/// people's.
#[test]
fn two_names_share_the_party_written_after_them() {
    let m = read(
        "Protokoll LSG
Datum: 2026-01-20

Närvarande, arbetsgivaren: Rut Hed, prefekt
Närvarande, arbetstagarorganisationerna: Gösta Lilja och Nina Stål (Vision), Per Ulv (Seko)

§ 1 Öppnande
Rut öppnade.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Rut Hed/Arbetsgivaren",
            "Gösta Lilja/Vision",
            "Nina Stål/Vision",
            "Per Ulv/Seko"
        ]
    );
}

/// "Fränvarande: Seko (kallad, ej närvarande)": an absence heading with its å misread, and a
/// union absent with a note holding a comma.
#[test]
fn a_misread_absence_heading_and_a_union_with_a_note() {
    let m = read(
        "Protokoll LSG
Datum: 2026-01-20

Närvarande
Arbetsgivarföreträdare
Iris Vall, stationschef
Arbetstagarföreträdare
Leo Storm, Vision
Fränvarande: Ledarna (inbjudna, ingen kom)

§ 1 Öppnande
Iris öppnade.
",
    );
    assert_eq!(m.absent.len(), 1);
    assert_eq!(m.absent[0].party.to_string(), "Ledarna");
    assert_eq!(m.absent[0].name, None);
}

/// "Bo Holm, ordf. Klubben": what follows a role's abbreviation is said of the person, unless a
/// name follows it ("ordf. Eva Lind").
#[test]
fn a_roles_abbreviation_ends_no_person_before_a_word_that_is_no_name() {
    let m = read(
        "Förhandlingsprotokoll
Datum: 2026-01-20

Parter
För bolaget:         Siri Mark, platschef
För Unionen:         Axel Rud, ordf. Tjänstemannaklubben

§ 1 Öppnande
Text.
",
    );
    assert_eq!(
        names(&m.present),
        ["Siri Mark/Arbetsgivaren", "Axel Rud/Unionen"]
    );
    let m = read(
        "Protokoll
Datum: 2026-01-20

Närvarande: Siri Mark, ordf. Axel Rud, sekr. Tea Blom

§ 1 Öppnande
Text.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Siri Mark/Arbetsgivaren",
            "Axel Rud/Arbetsgivaren",
            "Tea Blom/Arbetsgivaren"
        ]
    );
}

/// "Per Ek, områdeschef Kiruna och Gällivare": a place alone after "och" is where the person
/// works, not a person.
#[test]
fn a_place_after_och_in_a_role_is_no_person() {
    let m = read(
        "Protokoll
Datum: 2026-01-20

Närvarande för arbetsgivaren: Ola Ström, områdeschef Kiruna och Gällivare, Ina Berg, HR-partner
Närvarande för arbetstagarna: Tim Dal (Vision)

§ 1 Öppnande
Text.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Ola Ström/Arbetsgivaren",
            "Ina Berg/Arbetsgivaren",
            "Tim Dal/Vision"
        ]
    );
}

/// A table's column of companies run together after the names ("Norrby Verk Norrby Verk"):
/// capitalized words that repeat name no person.
#[test]
fn repeated_capitalized_words_name_no_person() {
    let m = read(
        "Protokoll AMK
Datum: 2026-01-20

Närvarande: Pål Rønning, ordf. Stina Kask, sekr. Olle Bok
Norrby Verk Norrby Verk Norrby Verk

§ 1 Öppnande
Text.
",
    );
    assert!(
        !m.present
            .iter()
            .any(|a| a.name.as_deref().is_some_and(|n| n.contains("Norrby"))),
        "{:?}",
        names(&m.present)
    );
}
