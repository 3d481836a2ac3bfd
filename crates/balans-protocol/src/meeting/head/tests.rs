//! Tests of the meeting's head: organization, forum and unit, document kind, date, time, place and the next meeting.

use super::*;
use crate::meeting::testing::{names, read};

/// A union's board minutes belong to its branch: the branch named with its union after it,
/// or the union followed by its place, is the organization, before a municipality it names.
#[test]
fn a_union_branch_is_the_organization_of_its_board_minutes() {
    let m = read(
        "Protokoll från styrelsemöte i Borås lokalavdelning inom Kommunal 2023-04-03\n\n§ 1 Mötets öppnande\nBorås kommun har bjudit in till samverkan.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Kommunal Borås lokalavdelning")
    );
    let m = read(
        "PROTOKOLL Styrelsemöte 2023-04-03\n\n1 Mötets öppnande\nMedlemsantalet i Kommunal Kiruna ökar.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Kommunal Kiruna"));
    // Outside a board's minutes a union and a place does not name the protocol's organization.
    let m = read(
        "PROTOKOLL Samverkansgrupp 2023-04-03\n\n1 Mötets öppnande\nMedlemsantalet i Kommunal Kiruna ökar.\n",
    );
    assert_eq!(m.organization, None);
}

/// "3/3 -26": day/month and the year's last two digits, alone under a "Datum" label.
#[test]
fn a_slashed_date_with_a_two_digit_year_is_the_meeting_date() {
    let m = read(
        "SAMVERKANSGRUPP\nProtokoll nr 4/2025\n\nDatum\n14/11 -25\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.date, Some(jiff::civil::date(2025, 11, 14)));
}

/// "Tid: … Plats: …" on one line with single spaces: the place is the last label's value.
#[test]
fn a_place_label_after_a_time_label_on_one_line() {
    let m = read(
        "Protokoll samverkansgrupp 2025-05-06\nTid: 09.00-11.00. Plats: Rådhuset, sal Ekorren.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Rådhuset, sal Ekorren"));
}

/// "ÖSTERLANDS TEKNISKA UNIVERSITET" in capitals heads the protocol: the university,
/// its adjective and its noun in lower case.
#[test]
fn a_university_named_in_capitals_is_the_organization() {
    let m = read(
        "ÖSTERLANDS TEKNISKA UNIVERSITET\nArbetsmiljökommittén\nProtokoll 2025-05-06\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Österlands tekniska universitet")
    );
}

/// "… hölls den 6 maj 2025 klockan 13.00 i matsalen, Ekskolan.": the place after the time.
#[test]
fn a_place_after_klockan_in_a_sentence() {
    let m = read(
        "Minnesanteckningar samverkansgrupp\n\nMötet hölls den 6 maj 2025 klockan 13.00 i matsalen, Ekskolan.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Matsalen, Ekskolan"));
}

/// "Sjöfartsverket Region Syd" heading the protocol: the agency's region is part of it.
#[test]
fn an_agency_with_its_region_is_the_organization() {
    let m = read(
        "Sjöfartsverket Region Syd                    PROTOKOLL\nLokal samverkansgrupp 2025-05-06\n\n1. Information\nInga.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Sjöfartsverket Region Syd"));
}

/// A city's name with the administration after a dash ("Göteborgs stad – SDF Centrum",
/// "Malmö stad – SoF") keeps the administration: it is what tells forums apart.
#[test]
fn an_organization_after_the_city_and_a_dash_is_kept() {
    let m = read(
        "Uppsala kommun – Kulturförvaltningen\nFÖRVALTNINGSGRUPP PROTOKOLL 2024-05-07\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Uppsala kommun – Kulturförvaltningen")
    );
    let m = read(
        "Malmö stad - SoF\nFÖRVALTNINGSGRUPP PROTOKOLL 2024-05-07\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Malmö stad - SoF"));
}

#[test]
fn the_next_meeting_from_a_line_or_a_sentence() {
    let m = read(
        "Protokoll LSG 2025-02-04\n\n§ 1 Öppnande\nMötet öppnades.\n\n§ 2 Nästa möte\nNästa möte: 12 mars kl. 13.00 i rum 2.\n",
    );
    assert_eq!(m.next_meeting, Date::new(2025, 3, 12).ok());
    assert_eq!(m.next_meeting_time, Time::new(13, 0, 0, 0).ok());
    let m = read(
        "Protokoll förvaltningsgrupp 2024-10-01\n\n§ 1 Övrigt\nIngen fråga. Nästa förvaltningsgrupp hålls den 15 november.\n",
    );
    assert_eq!(m.next_meeting, Date::new(2024, 11, 15).ok());
    assert_eq!(m.next_meeting_time, None);
    let m = read(
        "Protokoll 2024-10-01\n\n§ 1 Övrigt\nFrågan togs upp på förra mötet den 3 september.\n",
    );
    assert_eq!(m.next_meeting, None);
}

#[test]
fn place_from_a_portal_line_or_a_reports_sentence() {
    assert_eq!(
        read("Möte 2024-04-11\n\nLokal samverkansgrupp\n13:00 - 15:00 Rådhuset, sal B\n")
            .place
            .as_deref(),
        Some("Rådhuset, sal B")
    );
    assert_eq!(
        read("Information från LSG\n\nGruppen sammanträdde den 4 maj i Kiruna och tog upp budgeten.\n").place.as_deref(),
        Some("Kiruna")
    );
}

#[test]
fn a_negotiation_protocols_head_in_label_and_value_lines() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nArbetsgivarpart Sala kommun genom personalutskottet Företrädare Maja Lind och Olof Berg\nMedverkande från skolförvaltningen Sara Nyberg\nArbetstagarparter och företrädare Vision: Timo Rask Kommunal: Aida Hodzic\nDatum 3 mars 2022\nProtokollförare Olof Berg\nJusterande Maja Lind, Timo Rask och Aida Hodzic\n\n§ 1 Arbetstider\nParterna träffar överenskommelse om nya arbetstider.\n",
    );
    let present: Vec<String> = m
        .present
        .iter()
        .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
        .collect();
    assert_eq!(
        present,
        [
            "Maja Lind/Arbetsgivaren",
            "Olof Berg/Arbetsgivaren",
            "Sara Nyberg/Arbetsgivaren",
            "Timo Rask/Vision",
            "Aida Hodzic/Kommunal"
        ]
    );
    assert_eq!(m.secretary.as_deref(), Some("Olof Berg"));
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Maja Lind", "Timo Rask", "Aida Hodzic"]);
}

#[test]
fn a_fragment_has_no_facts_and_does_not_fail() {
    let m = read("Kommunal frågar om schemat. Arbetsgivaren svarar att det ses över.");
    assert!(m.date.is_none());
    assert!(m.present.is_empty());
    assert!(m.approvers.is_empty());
}

/// The municipal-law head joined into one line: substitutes and whom they serve for, roles
/// after names, approvers named after their label, and the signature box's roles.
#[test]
fn a_municipal_head_in_one_line_with_substitutes_and_a_signature_box() {
    let m = read(
        "1 (8) Plats och tid Stadshuset, rum Ljusnan, onsdagen den 4 mars 2020, kl 13.00 Beslutande Ledamöter Eva Lind (S), ordförande Olle Berg (M) Tjänstgörande ersättare Siv Ek (V) tjänstgörande ersättare för Tor Alm (V) Övriga närvarande Ina Dahl, HR-chef Per Sund, nämndsekreterare Utses att justera Olle Berg Justeringens plats och tid Stadshuset Underskrifter Sekreterare Paragrafer 1-6 Per Sund Ordförande Eva Lind Justerande Olle Berg\n\n2 (8) Pu 1 Godkännande av dagordningen\n",
    );
    assert_eq!(m.place.as_deref(), Some("Stadshuset, rum Ljusnan"));
    assert_eq!(
        names(&m.present),
        [
            "Eva Lind/Arbetsgivaren",
            "Olle Berg/Arbetsgivaren",
            "Siv Ek/Arbetsgivaren",
            "Ina Dahl/Arbetsgivaren",
            "Per Sund/Arbetsgivaren"
        ]
    );
    assert_eq!(names(&m.absent), ["Tor Alm/Arbetsgivaren"]);
    assert_eq!(m.chair.as_deref(), Some("Eva Lind"));
    assert_eq!(m.secretary.as_deref(), Some("Per Sund"));
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Olle Berg"]);
}

/// A building named after a place label is where the meeting was, not who met.
#[test]
fn a_building_after_a_place_label_is_no_organization() {
    assert_eq!(
        organization_in("Plats och tid Stadsbyggnadskontoret, rum 3"),
        None
    );
    assert_eq!(
        organization_in("Stadsbyggnadskontoret informerar om flytten").as_deref(),
        Some("Stadsbyggnadskontoret")
    );
}

/// A forum known only by its letters is read from the title beside the document's kind.
#[test]
fn a_forum_of_letters_named_in_the_title() {
    let m = read("Minnesanteckningar VSG tisdag 3 mars 2020\nPlats: Rådhuset\n");
    assert_eq!(m.forum.as_deref(), Some("VSG"));
    let m = read("KSG protokoll 2021-05-04\nNärvarande:\nOla Ek\n");
    assert_eq!(m.forum.as_deref(), Some("KSG"));
    // Letters that name a party are no forum.
    let m = read("Protokoll LO 2021-05-04\n");
    assert_eq!(m.forum, None);
}

/// A municipality or region after a full name is where the person comes from, but a
/// surname that is also a place ("Berg") stays the surname; a double given name written as
/// one word is a name.
#[test]
fn a_place_after_a_name_in_a_list_of_lines() {
    let m = read(
        "Anteckningar 2020-03-03\nNärvarande:\nAnnaCarin Ek Region Halland\nOla Berg Lysekil\nKarin Persson Lindqvist Tanum\nAnmält förhinder:\nBo Sten Åtvidaberg ordförande\n\n1. Mötet öppnas\n",
    );
    let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["AnnaCarin Ek", "Ola Berg", "Karin Persson Lindqvist"]);
    let got: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Bo Sten"]);
}

#[test]
fn a_report_in_the_perfect_tense_says_where_the_group_met() {
    let m = read(
        "Rapport från samverkan\n\nGruppen har träffats i Luleå 3-4 april och tog upp budgeten.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Luleå"));
}

#[test]
fn a_forum_of_letters_keeps_the_words_that_end_its_title_line() {
    let m = read("Minnesanteckningar NPO Ögonsjukvård\nDag:\n2 februari 2020\n");
    assert_eq!(m.forum.as_deref(), Some("NPO Ögonsjukvård"));
    // A weekday and a date after the letters are not part of the name.
    let m = read("Mötesanteckningar VSG tisdag 3 mars 2020\n");
    assert_eq!(m.forum.as_deref(), Some("VSG"));
}

#[test]
fn a_negotiation_protocols_forum_is_the_negotiation() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\n§ 1 Mellan Kiruna kommun genom kommunstyrelsens arbetsutskott och Vision har avtal om samverkan träffats. Samverkansgruppen ska mötas varje månad.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Förhandling: kommunstyrelsens arbetsutskott")
    );
    let m = read(
        "Förhandlingsprotokoll\nÄrende: Omställningsavtal\nParter: Sobona samt Offentliganställdas Förhandlingsråd (OFR) och Landsorganisationen i Sverige (LO)\nTid och plats: Sobonas lokaler\n§ 1 Parterna träffar avtal.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Central förhandling: Omställningsavtal Sobona – OFR – LO")
    );
    let m = read(
        "Förhandlingsprotokoll\nÄrende: Ny schemamodell i hemtjänsten\nParter: Arbetsgivaren och Kommunal\nDatum: 2023-02-01\n§ 1 Parterna är oeniga.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Förhandling: Ny schemamodell i hemtjänsten")
    );
}

#[test]
fn a_county_council_is_an_organization_also_in_the_genitive() {
    let m = read("Samverkansavtal för Jönköpings läns landstings vårdcentraler\nParter: Vision\n");
    assert_eq!(m.organization.as_deref(), Some("Jönköpings läns landsting"));
    let m = read("Protokoll LSG 2009-03-02\nLandstinget Dalarna, Falu lasarett\n");
    assert_eq!(
        m.organization.as_deref(),
        Some("Landstinget Dalarna, Falu lasarett")
    );
}

#[test]
fn a_reports_day_without_a_year_takes_the_year_of_the_reports_date() {
    let m = read(
        "Nytt från samverkan\n\nSamverkansgruppen har träffats på Teams 12 november. Budgeten diskuterades.\n\nPublicerad: 2021-11-20\n",
    );
    assert_eq!(m.date, Some(jiff::civil::date(2021, 11, 12)));
    // A meeting in December told in January is last year's.
    let m = read(
        "Nytt från samverkan\n\nGruppen träffades 14 december i Kiruna.\n\nPublicerad: 2022-01-10\n",
    );
    assert_eq!(m.date, Some(jiff::civil::date(2021, 12, 14)));
    // A meeting over two days began on the first.
    let m = read("Rapport\n\nGruppen har träffats i Umeå 3-4 oktober.\n\nPublicerad: 2021-10-08\n");
    assert_eq!(m.date, Some(jiff::civil::date(2021, 10, 3)));
}

#[test]
fn an_office_in_words_before_the_next_name_belongs_to_the_person_before() {
    let m = read(
        "Anteckningar 2020-03-03\nNärvarande: Ola Berg, ekonomikontoret Karin Holm, Regionens kansli Maria Lund, personalavdelningen\nSekreterare: Lena Sjö\n\n1. Mötet öppnas\n",
    );
    let got: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Ola Berg", "Karin Holm", "Maria Lund"]);
}

/// Two column heads side by side ("Plats och tid Beslutande") put the place and hours
/// after the second; "för" after a serving substitute and party letters names whom they
/// replace; officials are listed title first.
#[test]
fn place_after_two_heads_substitutes_for_members_and_officials_title_first() {
    let m = read(
        "1(3) Plats och tid Beslutande Rådhuset i Norrby, Salen, kl.09:30-12.00 Ledamöter Eva Lind (S), ordförande Olle Berg (M) Tjänstgörande ersättare Siv Ek (V) för Tor Alm (V) Tjänstemän Stadsdirektör Nils Ohlin Biträdande chef Kim Sjö Miljöstrateg Ann Hed, 4 Justeringens plats och tid Rådhuset 2020-03-06 Underskrifter Paragrafer 1-5 Ordförande Eva Lind Justerare Olle Berg\n",
    );
    assert_eq!(m.place.as_deref(), Some("Rådhuset i Norrby, Salen"));
    assert_eq!(m.time, Time::new(9, 30, 0, 0).ok());
    let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(
        present,
        [
            "Eva Lind",
            "Olle Berg",
            "Siv Ek",
            "Nils Ohlin",
            "Kim Sjö",
            "Ann Hed"
        ]
    );
    assert_eq!(names(&m.absent), ["Tor Alm/Arbetsgivaren"]);
    let roles: Vec<_> = m.present[3..]
        .iter()
        .filter_map(|a| a.role.clone())
        .collect();
    assert_eq!(roles, ["stadsdirektör", "biträdande chef", "miljöstrateg"]);
}

/// "X ersätter Y": Y is absent, unless replaced only for some paragraphs ("… (V) 12");
/// officials after commas with lower-case titles, a unit before the given name; the
/// notice box's body up to "Datum när".
#[test]
fn substitutes_replacing_members_and_officials_after_commas() {
    let m = read(
        "Plats och tid Salen kl. 08:30 Beslutande Ledamöter Eva Lind (S), Olle Berg (M), Tor Alm (V) och Siv Ek (C). Tjänstgörande ersättare Ina Dahl (C) ersätter Siv Ek (C) , Per Sund (V) ersätter Tor Alm (V) 12, Tjänstemän Stadsdirektör Lars Rydh, nämndsekreterare Ulla Ros, controller Kim Sjö 14 och 15, avdelningschef för Teknisk Service Karin Holm , planarkitekt Bo Ek 16. Underskrifter Sekreterare Ordförande Justerande Ulla Ros Eva Lind Olle Berg\n\nANSLAG/BEVIS Organ Byggnadsnämnden Datum när anslaget sätts upp\n",
    );
    let present: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(
        present,
        [
            "Eva Lind",
            "Olle Berg",
            "Tor Alm",
            "Ina Dahl",
            "Per Sund",
            "Lars Rydh",
            "Ulla Ros",
            "Kim Sjö",
            "Karin Holm",
            "Bo Ek"
        ]
    );
    let absent: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(absent, ["Siv Ek"]);
    assert_eq!(m.forum.as_deref(), Some("Byggnadsnämnden"));
    assert_eq!(
        m.present[8].role.as_deref(),
        Some("avdelningschef för teknisk service")
    );
}

/// A negotiation named by the law it is held under is the forum; a central or local
/// committee keeps its adjective, and "kommittén" is a committee too.
#[test]
fn forums_of_negotiations_and_committees() {
    let m = read(
        "Tranås kommun\nPROTOKOLL\nFörhandling enligt 14 § MBL\nDatum: 2024-03-04\n\n1. Förhandlingens öppnande\nOrdföranden öppnade.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 14 § MBL"));
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nÄrende           Ny bemanning i köket\nFörhandlingstyp  Förhandling enligt 11 § MBL\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 11 § MBL"));
    let m = read("Lokal skyddskommitté, Norrskolan\n2024-02-01\n\n§ 1 Öppnande\nText.\n");
    assert_eq!(m.forum.as_deref(), Some("Lokal skyddskommitté, Norrskolan"));
    let m = read("Bruket AB\nArbetsmiljökommittén – protokoll 2/2024\n\n1. Öppnande\nText.\n");
    assert_eq!(m.forum.as_deref(), Some("Arbetsmiljökommitté"));
}

/// "Plats   Rådhuset" without a colon, and "Tid och plats" whose place follows the date
/// and time and wraps onto the next line.
#[test]
fn a_place_after_a_wide_gap_or_after_the_time() {
    let m = read(
        "Protokoll samverkansgrupp\nTid       Måndag 2 september 2024 kl. 10.00\nPlats     Rådhuset, rum Linden\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Rådhuset, rum Linden"));
    let m = read(
        "Protokoll samverkansgrupp\nTid och plats  Måndagen den 2 september 2024 kl. 10.00–12.00,\n               Rådhuset, rum Linden\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Rådhuset, rum Linden"));
    let m = read(
        "Protokoll samverkansgrupp\nTid och plats: 2024-09-02 kl. 10.00–12.00, Förvaltningshuset, konferensrummet\nBjörken och via Teams\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.place.as_deref(),
        Some("Förvaltningshuset, konferensrummet Björken och via Teams")
    );
}

/// "Anmält förhinder: Regiondirektör Eva Ek; Vision": a capitalized title before a name in
/// a list is the person's role, and the name is the person's alone.
#[test]
fn a_capitalized_title_before_a_name_in_a_list_is_a_role() {
    let m = read(
        "Protokoll 2025-11-12\n\nNärvarande:\nKarl Holm, ordförande\nAnna Lind, Vision\n\nAnmält förhinder: Regiondirektör Eva Ek; Vision (vakant)\n\n§ 1 Öppnande\nText.\n",
    );
    let absent = names(&m.absent);
    assert!(
        absent.contains(&"Eva Ek/Arbetsgivaren".to_string()),
        "{absent:?}"
    );
    let eva = m
        .absent
        .iter()
        .find(|a| a.name.as_deref() == Some("Eva Ek"));
    assert_eq!(eva.and_then(|a| a.role.as_deref()), Some("regiondirektör"));
    // A surname that ends as no title stays part of the name.
    assert!(!is_title_word("Lindberg"));
    assert!(!is_title_word("Kommunal"));
}

/// A workplace meeting's attendance in prose: who leads the meeting chairs it; a group's
/// description before a colon and its people; "deltog som ombud för"; a union "hade ingen
/// representant närvarande" is absent; "Anteckningar: …" names the secretary; the place
/// after the date and the time of one line.
#[test]
fn a_workplace_meeting_written_in_prose() {
    let m = read(
        "Arbetsplatsträff Förskolan Sälen\n\nTisdag 4 mars 2025, kl. 15.00–16.30, i personalrummet.\n\nNärvarande: Lisa Holm (förskolechef, leder mötet), Anna Berg\n(pedagog), samt personalen på avdelningen Valen: Maja Ek, Emma\nSand och Sofia Lund. Karin Ström deltog som ombud för Vision.\nKommunal hade ingen representant närvarande.\nAnteckningar: Emma Sand.\n\nPunkt 1. Öppnande\nText.\n",
    );
    let present = names(&m.present);
    for name in [
        "Lisa Holm",
        "Anna Berg",
        "Maja Ek",
        "Emma Sand",
        "Sofia Lund",
    ] {
        assert!(
            present.iter().any(|p| p.starts_with(name)),
            "{name} in {present:?}"
        );
    }
    assert!(
        present.contains(&"Karin Ström/Vision".to_string()),
        "{present:?}"
    );
    assert_eq!(present.len(), 6, "{present:?}");
    assert_eq!(names(&m.absent), ["-/Kommunal"]);
    assert_eq!(m.chair.as_deref(), Some("Lisa Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Emma Sand"));
    assert_eq!(m.place.as_deref(), Some("Personalrummet"));
    let m = read(
        "Protokoll styrelsemöte 2025-03-04\nDatum 2025-03-04, kl. 18.00, Folkets hus, rum 2\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Folkets hus, rum 2"));
    let m = read(
        "Protokoll styrelsemöte 2025-03-04\nPlats: Expeditionen, Storgatan 1 (Eva och Bo via Teams)\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Expeditionen, Storgatan 1"));
}

/// A negotiation's head: each union's label on a line of its own over its names; the
/// employer's förhandlingsledare chairs, not a union's "klubbordförande" or "ordförande
/// Vision …"; "Till protokollförare utses …" names the secretary.
#[test]
fn a_negotiation_led_by_the_employer_with_unions_under_their_labels() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nTid: 2025-02-11 kl. 10.00\n\nNärvarande för arbetsgivaren:\nKarl Dahl, förvaltningschef\nLinda Borg, HR-chef, förhandlingsledare\nOla Nord, HR-konsult\n\nför Kommunal:\nMona Lund, ordförande Kommunal Sektion Väst\nPer Strand, skyddsombud\n\nför Vision:\nEmma Falk, klubbordförande\n\n§ 1 Öppnande\nLinda Borg hälsar välkommen och förklarar förhandlingen öppnad. Till protokollförare utses Ola Nord.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Karl Dahl/Arbetsgivaren",
            "Linda Borg/Arbetsgivaren",
            "Ola Nord/Arbetsgivaren",
            "Mona Lund/Kommunal",
            "Per Strand/Kommunal",
            "Emma Falk/Vision"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Linda Borg"));
    assert_eq!(m.secretary.as_deref(), Some("Ola Nord"));
    // A union's name alone under the labelled one heads its own names.
    let m = read(
        "Protokoll samverkansgrupp 2025-02-03\n\nNärvarande för arbetsgivaren:\nKarl Dahl, chef, ordförande\n\nför Vision:\nMona Lund\nKommunal\nPer Strand\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Karl Dahl/Arbetsgivaren",
            "Mona Lund/Vision",
            "Per Strand/Kommunal"
        ]
    );
}

/// A meeting named by the paragraph of the law it is held under is its own forum, the law
/// written out or by its letters.
#[test]
fn a_meeting_named_by_its_paragraph_of_mbl_is_its_forum() {
    let m = read(
        "PROTOKOLL\nInformationsmöte enligt 19 § MBL\nDatum: 2025-01-14\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Informationsmöte enligt 19 § MBL"));
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nÄrende:\nFörhandling enligt 11 § lagen om medbestämmande i arbetslivet (MBL)\navseende ny organisation\nDatum: 2025-01-14\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 11 § MBL"));
    let m = read(
        "REGION VÄSTERBERG                         FÖRHANDLINGSPROTOKOLL\nOmråde tandvård                           Dnr RV 2027-0042\n\nFörhandling enligt 11 § MBL\n\nDatum: 2027-04-01\n\n§1 Förhandlingsfråga\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Region Västerberg, Område tandvård")
    );
}

/// A local group's workplace on a line beside it names the forum with it; a workplace
/// meeting with samverkan is named in full.
#[test]
fn a_local_forum_is_named_with_its_workplace_on_the_next_line() {
    let m = read(
        "Barn- och utbildningsförvaltningen\nMinnesanteckningar från arbetsplatsträff med samverkan\nFörskolan Blåklinten\n\nDatum: 2025-01-14\n\nPunkt 1. Öppnande\nText.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Arbetsplatsträff med samverkan, Förskolan Blåklinten")
    );
    let m = read(
        "Region Norrby\nPrimärvården, Hälsocentralen Solbacken\nLokal samverkansgrupp (LSG)\nDatum: 2025-01-14\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Lokal samverkansgrupp, Hälsocentralen Solbacken")
    );
    // A group of the whole förvaltning: no workplace.
    let m = read(
        "Region Norrby\nPrimärvården\nLokal samverkansgrupp (LSG)\nDatum: 2025-01-14\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Lokal samverkansgrupp"));
}

/// A region's hospital and its area on the line under the region are its unit.
#[test]
fn a_regions_hospital_and_area_under_it_are_its_unit() {
    let m = read(
        "Region Västmark\nVästmarks sjukhus, område kirurgi och ortopedi\nPROTOKOLL\nSkyddskommitté 2025-01-14\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Region Västmark, Västmarks sjukhus, område kirurgi och ortopedi")
    );
}

/// The head's organization: a name in capitals keeps its words' capitals, a unit on the
/// next line is added to its parent, a company and a university are organizations, a union
/// before a municipality is its branch, and a negotiation's employer is its "Parter" line.
#[test]
fn organizations_with_their_units_companies_branches_and_parties() {
    let m = read(
        "REGION NORRLANDA                 PROTOKOLL\nCentral samverkansgrupp 2024-04-04\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Region Norrlanda"));
    let m = read(
        "Åby kommun\nKultur- och fritidsförvaltningen\nProtokoll förvaltningsgrupp 2024-04-04\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Åby kommun, Kultur- och fritidsförvaltningen")
    );
    let m = read(
        "UNIVERSITETET I NORRVIK          PROTOKOLL\nInstitutionen för fysik          2024-04-04\n\nLSG\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Universitetet i Norrvik, Institutionen för fysik")
    );
    let m = read("Björkå Plast AB\nSkyddskommitté 2024-04-04\n\n1. Öppnande\nText.\n");
    assert_eq!(m.organization.as_deref(), Some("Björkå Plast AB"));
    let m = read("Kommunal Åby kommun – styrelsemöte\nDatum: 2024-04-04\n\n1 Öppnande\nText.\n");
    assert_eq!(m.organization.as_deref(), Some("Kommunal Åby kommun"));
    let m = read(
        "ÅBY KOMMUN                FÖRHANDLINGSPROTOKOLL\nMiljöförvaltningen\n\nParter       Åby kommun, miljöförvaltningen\n             Vision\nÄrende       Ny enhet\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Åby kommun, miljöförvaltningen")
    );
}

/// A sentence of attendance ending in a parenthesis ("(sekr.). För Kommunal närvarade …"),
/// and a table's cells set apart by tabs, with the place after a tab.
#[test]
fn sentences_ending_in_a_parenthesis_and_cells_apart_by_tabs() {
    let m = read(
        "Protokoll samverkansgrupp 2025-04-02\n\nNärvarande för arbetsgivaren var chef Ida Holm (ordf.) och controller\nPer Ek (sekr.). För Kommunal närvarade Lisa Berg.\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Ida Holm/Arbetsgivaren",
            "Per Ek/Arbetsgivaren",
            "Lisa Berg/Kommunal"
        ]
    );
    assert_eq!(m.secretary.as_deref(), Some("Per Ek"));
    let m = read(
        "Protokoll skyddskommitté 2025-05-05\nPlats\tMatsalen\n\nNärvarande:\nKarl Ny\tVD, ordf.\tBolaget\nTim Rask\tEkonom, sekr.\tBolaget\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Matsalen"));
    assert_eq!(m.secretary.as_deref(), Some("Tim Rask"));
}

#[test]
fn a_party_under_each_name_is_not_a_heading() {
    let m = read(
        "Samverkansgrupp 2027-06-02\n\nArbetsgivaren\nUlla Bergkvist, socialchef\n\nFackliga\nMira Strand\nVision\nSiv Holt\nKommunal\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Ulla Bergkvist/Arbetsgivaren",
            "Mira Strand/Vision",
            "Siv Holt/Kommunal"
        ]
    );
    // The last name without a party after it: still a party under each name.
    let m = read(
        "Samverkansgrupp 2027-06-02\n\nNärvarande:\nFackliga\nMira Strand\nVision\nSiv Holt\nKommunal\nPer Ahl\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present)[..2],
        ["Mira Strand/Vision", "Siv Holt/Kommunal"]
    );
}

#[test]
fn date_time_and_place_written_shortly_in_the_head() {
    let m = read(
        "Vård- och omsorg\nRapport från samverkan\n\nTisdag 4 feb 2027, 09:30-11:00, Hälsans hus plan 2\n\nHej!\n",
    );
    assert_eq!(m.date, Date::new(2027, 2, 4).ok());
    assert_eq!(m.time, Time::new(9, 30, 0, 0).ok());
    assert_eq!(m.place.as_deref(), Some("Hälsans hus plan 2"));
    let m = read(
        "Protokoll samverkansgrupp 2027-02-04 kl 10.00-12.00, Lokal: Tallen, Byvägen 3\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Tallen, Byvägen 3"));
    let m = read(
        "Samverkansgrupp\nDatum 4/2 2027\nTid 10.00\nPlats Stadshuset, rum Björken\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Stadshuset, rum Björken"));
}

#[test]
fn labels_set_apart_by_wide_space_on_one_line() {
    let m = read(
        "Skyddskommitté\nDatum: 2027-05-04   Tid: 09:00   Plats: Verkstaden, rum 4\n\nNärvarande\nNamn            Funktion          Org.\nAnna Björk      driftchef         AG\nPer Lindell     skyddsombud       Kommunal\nSara Grön       controller        AG\n\nAnmält förhinder   Ebba Strand, Vision\nOrdf: Anna Björk   Sekr: Sara Grön\nJusterare: Per Lindell, Kommunal.\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(names(&m.absent), ["Ebba Strand/Vision"]);
    assert_eq!(m.place.as_deref(), Some("Verkstaden, rum 4"));
    assert_eq!(m.chair.as_deref(), Some("Anna Björk"));
    assert_eq!(m.secretary.as_deref(), Some("Sara Grön"));
    assert_eq!(
        m.approvers
            .iter()
            .map(|a| a.name.clone().unwrap_or_default())
            .collect::<Vec<_>>(),
        ["Per Lindell"]
    );
}

#[test]
fn organizations_of_agencies_and_units_with_a_place_name() {
    let m = read(
        "KRIMINALVÅRDEN                         PROTOKOLL\nAnstalten Ekudden                      2027-03-02\nLokal samverkansgrupp (LSG)\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Kriminalvården, Anstalten Ekudden")
    );
    let m = read(
        "Malmö Stad\nStadsområdesförvaltningen Södra Innerstaden\nFörvaltningens samverkansgrupp 2027-03-02\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Malmö Stad, Stadsområdesförvaltningen Södra Innerstaden")
    );
    let m = read(
        "Övre dalens kommun\nSocialförvaltningen\nSamverkansgrupp 2027-03-02\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Övre dalens kommun, Socialförvaltningen")
    );
}

#[test]
fn a_negotiation_under_the_law_written_with_its_number() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\n\nFörhandling enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)\n\nDatum: 2027-04-01\n\n§1 Förhandlingsfråga\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 11 § MBL"));
    let m = read(
        "REGION VÄSTERBERG                         FÖRHANDLINGSPROTOKOLL\nOmråde tandvård                           Dnr RV 2027-0042\n\nFörhandling enligt 11 § MBL\n\nDatum: 2027-04-01\n\n§1 Förhandlingsfråga\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Region Västerberg, Område tandvård")
    );
}

#[test]
fn the_organization_in_a_page_header_repeated_on_every_page() {
    let m = read(
        "RÄDDNINGSTJÄNSTEN ÖSTERDAL                    Sida 1 av 2\nArbetsmiljökommitté\n\nDatum: 2027-04-01\n\nÖppnande\nMötet öppnades.\n\nTillbud\nInga tillbud.\n\nRÄDDNINGSTJÄNSTEN ÖSTERDAL                    Sida 2 av 2\n\nÖvrigt\nInget.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Räddningstjänsten Österdal")
    );
}

#[test]
fn a_span_of_hours_with_spaces_and_a_whole_hour_after_klockan_start_the_meeting() {
    let m = read(
        "Protokoll samverkansgrupp\nDatum: 2027-01-12\nTid: 09.15 – 10.45\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.time, Time::new(9, 15, 0, 0).ok());
    let m = read(
        "Protokoll samverkansgrupp\nMötet hölls onsdagen den 12/1 2027 klockan 10, i lilla salen.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.time, Time::new(10, 0, 0, 0).ok());
}

#[test]
fn a_day_without_a_year_takes_the_year_written_alone_in_the_head() {
    let m = read(
        "Minnesanteckningar skyddskommitté\nProtokoll nr 2/2027\n\nSammanträde onsdagen den 14/4 i matsalen.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.date, Date::new(2027, 4, 14).ok());
}

#[test]
fn a_federations_regional_or_faculty_group_is_the_forum() {
    let forum = |title: &str| {
        read(&format!(
            "{title}\nDatum: 2027-01-12\n\n§ 1 Information\nInga.\n"
        ))
        .forum
    };
    assert_eq!(
        forum("Förbundssamverkansgruppen (FSG)").as_deref(),
        Some("Förbundssamverkansgrupp")
    );
    assert_eq!(
        forum("Minnesanteckningar – Regionala samverkansgruppen").as_deref(),
        Some("Regional samverkansgrupp")
    );
    assert_eq!(
        forum("Protokoll från institutionens samverkansgrupp").as_deref(),
        Some("Institutionens samverkansgrupp")
    );
}

#[test]
fn a_unit_named_by_an_adjective_under_the_municipality() {
    let m = read(
        "STORBY KOMMUN\nSociala förvaltningen\n\nProtokoll skyddskommitté\nDatum: 2027-01-12\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Storby kommun, Sociala förvaltningen")
    );
}

/// A letterhead's lines under the organization name the unit that met, on its line or the
/// lines below, up to the title; a staff office that writes the protocol is left out.
#[test]
fn units_under_the_organization_in_the_letterhead() {
    let m = read(
        "Tallby kommun\nOmsorgen, Vård och stöd\n\nProtokoll LSG Boende Öst 3 mars 2027\n\nNärvarande: Lisa Berg, Kommunal\n\n1. Öppnande\nLisa öppnade.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Tallby kommun, Omsorgen, Vård och stöd")
    );
    let m = read(
        "MYRVIKENS KOMMUN                      PROTOKOLL\nMiljöförvaltningen                    Sida 1 (2)\nPersonalenheten\n\nFörhandling enligt 11 § MBL\nDatum: 2027-02-01\n\n§ 1 Ärende\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Myrvikens kommun, Miljöförvaltningen")
    );
    let m = read(
        "Grenå kommun, Kulturförvaltningen\nFÖRHANDLINGSPROTOKOLL\n\nDatum: 2027-02-01\n\n§ 1 Ärende\nText.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Grenå kommun, Kulturförvaltningen")
    );
}

/// A negotiation's title wrapped onto a second line; a "samverkansmöte" is a forum.
#[test]
fn a_wrapped_negotiation_title_and_a_samverkansmote() {
    let m = read(
        "Tallby kommun\n\nFörhandling enligt 14 § lagen (1976:580) om medbestämmande i\narbetslivet (MBL)\n\nDatum: 2027-05-03\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 14 § MBL"));
    // An agency's protocol named in the genitive, the law's paragraph after its name.
    let m = read(
        "SJÖFARTSVERKETS FÖRHANDLINGSPROTOKOLL          2027-05-03\nRegion Öst                                     Dnr 12\n\nFÖRHANDLINGSPROTOKOLL enligt MBL § 14\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Förhandling enligt 14 § MBL"));
    assert_eq!(
        m.organization.as_deref(),
        Some("Sjöfartsverket, Region Öst")
    );
    let m = read(
        "Tallby kommun\n\nMINNESANTECKNINGAR\nSamverkansmöte kultur och fritid\n\nDatum: 2027-05-03\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Samverkansmöte kultur och fritid"));
}

/// A union's board papers reporting from a samverkan meeting: the day is the meeting's;
/// a branch named "Sektion" and its place is the union's organization.
#[test]
fn a_report_from_a_samverkan_meeting_and_a_union_section() {
    let m = read(
        "Vision Tallby kommun\nStyrelsemöte 2027-05-10\n\nRAPPORT FRÅN FSG 4 MAJ 2027\n\nFrån Vision deltog Lisa Berg.\n\n1) Budget\nText.\n",
    );
    assert_eq!(m.date, Some(jiff::civil::date(2027, 5, 4)));
    let m = read(
        "Seko Sektion Tallby\nStyrelseprotokoll\n\nStyrelsemöte 3 maj 2027\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Seko Sektion Tallby"));
}

/// A role opening a sentence of attendance is capitalized there, not part of the name.
#[test]
fn a_role_opening_a_sentence_is_not_part_of_the_name() {
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande för arbetsgivaren var Lisa Berg, rektor (ordf.). Skyddsombudet Anna Holm (Kommunal) deltog för arbetstagarna.\n\n1. Öppnande\nLisa öppnade.\n",
    );
    let found: Vec<_> = m.present.iter().filter_map(|a| a.name.clone()).collect();
    assert!(found.contains(&"Anna Holm".to_string()), "{found:?}");
    // A party with its federation in parentheses before its person.
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande för arbetstagarna var för Vision Eva Ek och för Läkarföreningen (Sveriges läkarförbund) Per\nLind.\n\n1. Öppnande\nEva öppnade.\n",
    );
    assert!(
        names(&m.present).contains(&"Per Lind/Sveriges läkarförbund".to_string()),
        "{:?}",
        names(&m.present)
    );
}

#[test]
fn a_forum_is_named_with_the_unit_its_title_gives() {
    let forum = |title: &str| {
        read(&format!(
            "Tallby kommun\n\n{title}\n\nNärvarande: Lisa Berg, Kommunal\n\n1. Öppnande\nLisa öppnade.\n"
        ))
        .forum
    };
    assert_eq!(
        forum("Protokoll LSG Boende Öst den 3 mars 2027").as_deref(),
        Some("LSG Boende Öst")
    );
    assert_eq!(
        forum("Lokal samverkansgrupp (LSG) Hemtjänst Norr").as_deref(),
        Some("Lokal samverkansgrupp Hemtjänst Norr")
    );
    assert_eq!(
        forum("PROTOKOLL SKYDDSKOMMITTÉ AVDELNING 4, TALLBY SJUKHUS – APRIL 2027").as_deref(),
        Some("Skyddskommitté Avdelning 4, Tallby Sjukhus")
    );
    assert_eq!(
        forum("Förvaltningsgrupp, Område kultur").as_deref(),
        Some("Förvaltningsgrupp, Område kultur")
    );
    assert_eq!(
        forum("SKYDDSKOMMITTÉ – KULTUR OCH FRITID").as_deref(),
        Some("Skyddskommitté – Kultur och Fritid")
    );
    assert_eq!(
        forum("FÖRVALTNINGSGRUPP (FSG) – samverkan enligt avtalet").as_deref(),
        Some("Förvaltningsgrupp")
    );
    assert_eq!(
        forum("Anteckningar – Regional samverkansgrupp (RSG), Region Tallby").as_deref(),
        Some("Regional samverkansgrupp")
    );
    assert_eq!(
        forum("Protokoll fört vid skyddskommitténs sammanträde i Tallby").as_deref(),
        Some("Skyddskommitté")
    );
}

/// A line that ends in a name that may be a given name ("Yusuf") is not joined to the next
/// line when that line is a party's own ("Sveriges Lärare: …").
#[test]
fn a_partys_line_is_not_the_surname_of_the_line_before() {
    let m = read(
        "Protokoll FSG\nDatum: 2025-03-04\n\nNärvarande:\nArbetsgivaren: Siv Alm, Olle Rydberg\nVision: Pia Strand, Kim Lind\nKommunal: Omar Yusuf\nSveriges Lärare: Åke Norell\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    let present = names(&m.present);
    assert!(
        present.contains(&"Omar Yusuf/Kommunal".to_string()),
        "{present:?}"
    );
    assert!(
        present.contains(&"Åke Norell/Sveriges Lärare".to_string()),
        "{present:?}"
    );
}

/// A date under its label ("Datum  3.2.2027", or the label alone over its value) is the
/// meeting's, before a title that dates the board meeting prepared for.
#[test]
fn a_labelled_date_comes_before_a_dated_title() {
    let m = read(
        "Protokoll, MBL-förhandling inför nämnden 2027-03-01\n\nDatum        3.2.2027\nTid          10.00–11.00\n\n§ 1 Öppnande\nOrdföranden öppnade.\n",
    );
    assert_eq!(m.date, Date::new(2027, 2, 3).ok());
    let m = read(
        "Tallby Energi AB\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\n2027-02-03\nJusteringens plats och tid\nKontoret, tisdagen den 9 februari 2027\n\n§ 1 Öppnande\nOrdföranden öppnade.\n",
    );
    assert_eq!(m.date, Date::new(2027, 2, 3).ok());
    assert_eq!(m.approval_deadline, Date::new(2027, 2, 9).ok());
}

/// "onsdagen den 3/2" with the year only in a footer or a publishing line: the footer's
/// whole date of that day, or the day in the year of the first whole date.
#[test]
fn a_yearless_day_in_the_head_takes_its_year_from_a_whole_date() {
    let m = read(
        "Protokoll fört vid samverkansgruppen\nonsdagen den 3/2 kl. 9.00 i Tallby.\n\nPunkt 1 Öppnande\nMötet öppnades.\n\nProtokoll samverkansgruppen 2027-02-03\n",
    );
    assert_eq!(m.date, Date::new(2027, 2, 3).ok());
    // A report whose publishing line comes after its body.
    let m = read(
        "Rapport från samverkan den 3 februari\n\n1. Lokaler\nVi tog upp köket.\nSvaret kom.\n\n2. Bemanning\nVi frågade om vikarier.\nInga fler tas in.\n\n3. Scheman\nNya scheman läggs.\nDe gäller från maj.\n\n4. Övrigt\nInget mer togs upp.\nMötet avslutades.\n\n5. Nästa möte\nDet blir i mars.\nKallelse kommer.\n\nPublicerad 2027-02-10\n",
    );
    assert_eq!(m.date, Date::new(2027, 2, 3).ok());
}

/// A forum with its unit in a labelled right-hand cell, a report's title, a "fört vid
/// sammanträde med" sentence or a code joined by a hyphen; "för" opens no unit.
#[test]
fn a_forum_with_its_unit_in_a_label_a_report_a_sentence_or_a_joined_code() {
    let forum = |title: &str| {
        read(&format!(
            "Tallby kommun\n\n{title}\n\nNärvarande: Lisa Berg, Kommunal\n\n1. Öppnande\nLisa öppnade.\n"
        ))
        .forum
    };
    assert_eq!(
        forum("                                      Forum: LSG Kultur och fritid").as_deref(),
        Some("LSG Kultur och fritid")
    );
    assert_eq!(
        forum("Rapport från FSG Teknik och miljö 9 mars").as_deref(),
        Some("FSG Teknik och miljö")
    );
    assert_eq!(
        forum("Protokoll fört vid sammanträde med Lokalt samverkansråd Drift Syd tisdagen den 3/2 2027").as_deref(),
        Some("Lokalt samverkansråd Drift Syd")
    );
    assert_eq!(
        forum("PROTOKOLL FSG-KF nr 1/2027").as_deref(),
        Some("FSG-KF")
    );
    assert_eq!(
        forum("FÖRVALTNINGSSAMVERKAN KFF – PROTOKOLL 3 FEBRUARI 2027").as_deref(),
        Some("Förvaltningssamverkan KFF")
    );
    assert_eq!(
        forum(
            "Protokoll fört vid möte med samverkansgruppen för\nkulturförvaltningen den 3/2 2027"
        )
        .as_deref(),
        Some("Samverkansgrupp")
    );
}

/// A negotiation's kind before its matter under "Ärende:", or in a title "Protokoll från
/// förhandling enligt MBL" without a paragraph; an agenda point reading the same is no head.
#[test]
fn a_negotiation_kind_before_its_matter_or_without_its_paragraph() {
    let forum = |head: &str| {
        read(&format!(
            "Tallby Verkstad AB\n\n{head}\nTid: 3.2.2027, kl. 09.00\n\n§ 1 Öppnande\nMötet öppnades.\n"
        ))
        .forum
    };
    assert_eq!(
        forum("Ärende:   Förhandling enligt 11 § MBL – nytt schema i lagret").as_deref(),
        Some("Förhandling enligt 11 § MBL")
    );
    assert_eq!(
        forum("PROTOKOLL FRÅN FÖRHANDLING ENLIGT MBL").as_deref(),
        Some("Förhandling enligt MBL")
    );
    assert_eq!(
        forum("Skyddskommitté\nFörhandling enligt 11 § MBL – nytt schema i lagret").as_deref(),
        Some("Skyddskommitté")
    );
}

/// A group that is both samverkansgrupp and skyddskommitté is named by both, joined by a
/// slash as its title writes it.
#[test]
fn a_forum_named_by_two_joined_with_a_slash_keeps_both() {
    let m = read(
        "Ekeby kommun\nProtokoll Samverkansgrupp/skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Samverkansgrupp/skyddskommitté"));
    let m = read(
        "Ekeby kommun\nLSG/Skyddskommitté Gatuenheten\nDatum: 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("LSG/skyddskommitté Gatuenheten"));
}

/// The date of the previous meeting's minutes, read early in a short protocol, is not the
/// meeting's: the day named in the opening line, in the year of the title, is.
#[test]
fn the_previous_minutes_date_is_not_the_meetings() {
    let m = read(
        "Samverkansgrupp Ekeby 2025\nMöte onsdagen den 8/10 kl. 13\n\n§ 1 Föregående protokoll\nProtokollet från 2025-09-03 godkändes.\n",
    );
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-10-08"));
}

/// A company's letterhead names it whole, in capitals too and with "i" inside its name;
/// the lines under it (its town, its employers' organization) are not units of it.
#[test]
fn a_company_letterhead_is_the_whole_organization() {
    let m = read(
        "Ekby Mekaniska AB\nVästerås\n\nProtokoll skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Ekby Mekaniska AB"));
    let m = read(
        "EKBY BYGGTJÄNST AB\nMedlem i Byggföretagen\n\nProtokoll skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Ekby Byggtjänst AB"));
    let m = read(
        "Ekby Måleri i Norrland AB\nProtokoll skyddskommitté 2025-10-02\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Ekby Måleri i Norrland AB"));
}

/// A place's label after a date and time written without a colon, as a hasty head does.
#[test]
fn a_place_label_after_a_date_without_a_colon_gives_the_place() {
    let m = read(
        "Protokoll LSG Ekeby\ndatum 3.2.2025 kl 9-11 lokal: personalrummet Ekgården\n\n§ 1 Mötets öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.place.as_deref(), Some("personalrummet Ekgården"));
}

/// A company written with "&" ("Norrdal Energi & Miljö AB"), the Church of Sweden and its
/// parish, a county administrative board and a region's dental service are organizations;
/// "område Syd" after a comma is a unit of it.
#[test]
fn companies_with_an_ampersand_parishes_and_county_boards_are_organizations() {
    let m = read(
        "Norrdal Energi & Miljö AB                 Protokoll\n                                          Skyddskommittén\n\nDatum  4 maj 2026\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Norrdal Energi & Miljö AB"));
    let m = read(
        "Svenska kyrkan\nSödra Bergslagens pastorat                PROTOKOLL\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Svenska kyrkan, Södra Bergslagens pastorat")
    );
    let m = read(
        "Länsstyrelsen i Ekmarks län\nProtokoll\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Länsstyrelsen i Ekmarks län")
    );
    let m = read(
        "Folktandvården Ekmark, område Syd\nProtokoll\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Folktandvården Ekmark, Område Syd")
    );
}

/// "Ekby kommun – Kultur och fritid": a unit named by two words joined by "och" is whole.
#[test]
fn a_unit_after_a_dash_keeps_both_words_joined_by_och() {
    let m = read(
        "Protokoll APT Biblioteket\nEkby kommun – Kultur och fritid\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Ekby kommun – Kultur och fritid")
    );
}

/// "Samverkansrådet", "Samverkans- och förhandlingsmöte", "Organ" over its value: forums in the
/// definite neuter form, named by two functions, or under a label on the line above.
#[test]
fn forums_in_the_definite_form_or_named_by_two_functions() {
    let m = read(
        "Ekby universitet\nProtokoll\nSamverkansrådet\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Samverkansråd"));
    let m = read(
        "Björkliden Omsorg AB                      PROTOKOLL\n                                          Samverkans- och förhandlingsmöte\n                                          2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Samverkans- och förhandlingsmöte"));
    let m = read(
        "Ekby Hamn AB\nSAMMANTRÄDESPROTOKOLL\nOrgan\nSamverkans- och arbetsmiljögruppen (SAMG)\nDatum\n2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Samverkans- och arbetsmiljögruppen (SAMG)")
    );
}

/// "Lokal samverkansgrupp (LSG)" over "Underhållsdivisionen Ekby": the division's own group;
/// "Lokal samverkansgrupp Hemsjukvå1rden": a 1 that OCR read for an l is put right.
#[test]
fn a_local_groups_division_and_an_ocr_one_in_its_name() {
    let m = read(
        "Ekby flygverkstäder\nProtokoll\nLokal samverkansgrupp (LSG)\nUnderhållsdivisionen Ekby\nDatum\n2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Lokal samverkansgrupp, Underhållsdivisionen Ekby")
    );
    assert_eq!(
        ones_read_as_l("Hemsjukvå1rden B12 ti11fä11et"),
        "Hemsjukvålrden B12 tillfället"
    );
}

/// "kl 9–11 i matsalen avd. Eken": an abbreviation's point does not end the place.
#[test]
fn a_place_goes_on_after_an_abbreviated_department() {
    let m = read(
        "Minnesanteckningar APT\n\nTisdag 3/3 2026 kl 9–11 i matsalen avd. Eken\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Matsalen avd. Eken"));
}

/// "Rehabiliteringen – Samverkansgrupp (RSG)" under "Region Ekmark": the unit before the dash
/// names the forum and is the region's unit that met.
#[test]
fn a_unit_before_the_forum_and_a_dash_names_both() {
    let m = read(
        "Region Ekmark\nRehabiliteringen – Samverkansgrupp (RSG) 2026\nProtokoll från mötet den 4 maj 2026\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Rehabiliteringen – Samverkansgrupp")
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Region Ekmark, Rehabiliteringen")
    );
}

/// "Plats: Stadshuset, rum 2, med möjlighet att delta via Teams": the offer is no place.
#[test]
fn an_offer_to_join_from_afar_is_no_part_of_the_place() {
    let m = read(
        "Protokoll FSG\nDatum: 2026-05-04\nPlats: Rådhuset, rum Ekbacken, med möjlighet att delta digitalt\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.place.as_deref(), Some("Rådhuset, rum Ekbacken"));
}

/// "Myndighet:  Tullverket, Region Nord, Kontor Ekby": the organization under its own label,
/// with its units as written.
#[test]
fn the_organization_under_its_own_label() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\n\nMyndighet:        Tullverket, Region Nord, Kontor Ekby\nDatum:            2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Tullverket, Region Nord, Kontor Ekby")
    );
}

/// "EKBY KOMMUN" over "Samverkansgrupp" over "Kultur- och fritidsförvaltningarna": the units
/// that met under the forum's line; "för socialförvaltningen i Ekby kommun": in running text.
#[test]
fn the_unit_that_met_under_the_forum_or_before_its_municipality() {
    let m = read(
        "EKBY KOMMUN                                  PROTOKOLL\nSamverkansgrupp                              Datum\nKultur- och fritidsförvaltningarna           2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Ekby kommun, Kultur- och fritidsförvaltningarna")
    );
    let m = read(
        "Protokoll fört vid förvaltningens samverkansgrupp för\nbarn- och utbildningsförvaltningen i Ekby kommun den 4 maj 2026.\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Ekby kommun, Barn- och utbildningsförvaltningen")
    );
}

/// "Anteckningar från FSG Hemtjänsten, Ekby kommun": the municipality after the unit is the
/// organization, not part of the forum.
#[test]
fn a_municipality_after_the_forums_unit_is_not_part_of_it() {
    let m = read(
        "Vision Ekby\nAnteckningar från FSG Hemtjänsten, Ekby kommun\nTisdag 5 maj 2026, kl 9.00-10.00\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("FSG Hemtjänsten"));
}

/// "Ärende:" over "Central förhandling enligt 14 § MBL avseende …", and "Protokoll, samlad
/// MBL-förhandling inför nämnden": negotiations named by their title.
#[test]
fn negotiations_named_before_their_matter_or_before_a_committee() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nDatum: 4 maj 2026\n\nÄrende:\nCentral förhandling enligt 14 § MBL avseende nya arbetstider\n\n§ 1 Öppnande\nFörhandlingen öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Central förhandling enligt 14 § MBL")
    );
    let m = read(
        "EKBY KOMMUN\n\nProtokoll, samlad MBL-förhandling inför socialnämnden 2026-05-20\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nFörhandlingen öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Samlad MBL-förhandling inför socialnämnden")
    );
}

/// "Vision Ekby kommun" over its notes from the municipality's samverkansgrupp, or over a report
/// from it: the municipality is the organization; over a board meeting, the union's branch.
#[test]
fn a_unions_notes_from_samverkan_belong_to_the_municipality() {
    let m = read(
        "Vision Ekby kommun\nAnteckningar från Förvaltningens samverkansgrupp (FSG)\n\nMötet hölls den 4 maj 2026.\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Ekby kommun"));
    let m = read(
        "Vision Ekby kommun\nStyrelsemöte 2026-05-04\n\nRAPPORT FRÅN CSG 28 APRIL 2026\n\n1. Lönerevision\nInget nytt.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Ekby kommun"));
    let m = read(
        "PROTOKOLL\nVision Ekby kommun – styrelsemöte\n\nDatum: 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Vision Ekby kommun"));
}

/// "Förvaltningsgrupp" over "individ och familj" in the letterhead's right column: the forum's
/// name wrapped onto the next line.
#[test]
fn a_forum_name_wrapped_in_its_column() {
    let m = read(
        "EKBY KOMMUN                                SAMMANTRÄDESPROTOKOLL\nSocialförvaltningen                        Förvaltningsgrupp\n                                           individ och familj\n                                           Sammanträdesdatum\n                                           2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Förvaltningsgrupp individ och familj")
    );
}

/// "Kommunalförbundet" alone over "Räddningstjänsten Ekdal": the legal form is part of the name.
#[test]
fn a_federations_legal_form_over_its_name_is_part_of_it() {
    let m = read(
        "Kommunalförbundet                                  PROTOKOLL\nRäddningstjänsten Ekdal                            Samverkansgrupp\n                                                   2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.organization.as_deref(),
        Some("Kommunalförbundet Räddningstjänsten Ekdal")
    );
}

/// "Parter  Region Ekmark, Tandvården (arbetsgivaren)": the side's name is left out.
#[test]
fn the_employer_party_without_its_sides_name() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL\nDatum                2026-05-04\n\nParter               Region Ekmark, Tandvården (arbetsgivaren)\n                     Vision\n\n§ 1 Öppnande\nFörhandlingen öppnades.\n",
    );
    assert_eq!(m.organization.as_deref(), Some("Region Ekmark, Tandvården"));
}

/// "samverkansgrupp (SVG) med skyddskommittéfunktion": the group's safety function is part of
/// its name, before a unit on the line above.
#[test]
fn a_groups_safety_committee_function_is_part_of_its_name() {
    let m = read(
        "Region Ekmark\nEkby lasarett, Ortopedkliniken\n\nProtokoll fört vid möte i lokal samverkansgrupp (LSG) med skyddskommittéfunktion,\nonsdagen den 6/5 2026 klockan 13 i sal 4.\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        m.forum.as_deref(),
        Some("Lokal samverkansgrupp med skyddskommittéfunktion")
    );
}

/// "CSG – centrala samverkansgruppen": the letters and the name spelled out after them.
#[test]
fn a_forums_letters_with_its_name_spelled_out() {
    let m = read(
        "Ekby kommun\n\nProtokoll CSG – centrala samverkansgruppen\n\nDatum 2026-05-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("CSG – centrala samverkansgruppen"));
}
