//! Tests of the meeting's officers: chair, secretary, approvers and the approval deadline.

use super::*;
use crate::meeting::testing::{names, read};

/// "Noterat av: Eva Ek" beside the meeting's leader on one line of the head: the secretary.
#[test]
fn noted_by_labels_the_secretary() {
    let m = read(
        "Arbetsmiljökommittén Verkstan
Datum: 2025-09-16
Mötesledare: Bertil Kron                 Noterat av: Hedda Svahn

Deltagare
Bertil Kron, platschef
Hedda Svahn, HR-partner
Olof Rud, IF Metall

1. Öppnande
Bertil öppnade mötet.
",
    );
    assert_eq!(m.secretary.as_deref(), Some("Hedda Svahn"));
}

/// "(HR-konsult, antecknar)" after a name in the list: the one who keeps the notes is the
/// secretary.
#[test]
fn who_takes_the_notes_in_the_list_is_the_secretary() {
    let m = read(
        "Minnesanteckningar samverkansgrupp
Datum: 2025-06-10
Närvarande: Alva Brink (enhetschef, ordf), Jens Hallberg (HR-konsult, antecknar), Moa Ling (Vision)

1. Öppnande
Alva hälsade välkommen.
",
    );
    assert_eq!(m.secretary.as_deref(), Some("Jens Hallberg"));
}

/// "Protokollet justeras av A och B" with "av" on the next line, and "Justeras: A (ordf.) /
/// B (Vision)" signed with slashes: each name without the office after it.
#[test]
fn approvers_after_a_broken_line_and_between_slashes() {
    let m = read(
        "Samverkansgrupp\nDatum: 2025-09-03\nNärvarande: Gun Åkesson, Leo Tran (Vision), Ida Rask (Ledarna)\n\n§ 1 Mötets öppnande\nGun öppnade. Protokollet justeras\nav Leo Tran och Ida Rask och sänds sedan ut.\n",
    );
    let approvers: Vec<&str> = m
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Leo Tran", "Ida Rask"]);
    let m = read(
        "Samverkansgrupp\nDatum: 2025-09-03\nNärvarande: Gun Åkesson, Leo Tran (Vision)\n\n§ 1 Mötets öppnande\nGun öppnade.\n\nJusteras: Gun Åkesson (ordf.) / Leo Tran (Vision)\n",
    );
    let approvers: Vec<&str> = m
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Gun Åkesson", "Leo Tran"]);
}

/// The chair listed in the signature box under "Justeras" signs the minutes as an approver;
/// the chair signing beside it as "Ordförande" does not.
#[test]
fn the_chair_under_justeras_is_an_approver() {
    let names = |m: &MeetingDraft| -> Vec<String> {
        m.approvers.iter().filter_map(|a| a.name.clone()).collect()
    };
    let m = read(
        "Samverkansgrupp\nDatum: 2025-09-03\nOrdförande: Gun Åkesson\nNärvarande: Gun Åkesson, Leo Tran (Vision)\n\n§ 1 Mötets öppnande\nGun öppnade. Till justerare valdes Leo Tran.\n\nJusteras\nGun Åkesson, ordförande          Leo Tran, Vision\n",
    );
    assert_eq!(names(&m), ["Leo Tran", "Gun Åkesson"]);
    let m = read(
        "Samverkansgrupp\nDatum: 2025-09-03\nOrdförande: Gun Åkesson\nNärvarande: Gun Åkesson, Leo Tran (Vision)\n\n§ 1 Mötets öppnande\nGun öppnade. Till justerare valdes Leo Tran.\n\nOrdförande                 Justerare\nGun Åkesson                Leo Tran, Vision\n",
    );
    assert_eq!(names(&m), ["Leo Tran"]);
}

/// "justeras … inom två veckor": the deadline is the meeting's date and that many weeks.
#[test]
fn an_approval_within_weeks_counts_from_the_meeting() {
    let m = read(
        "Protokoll samverkansgrupp 2025-05-06\nProtokollet justeras av Bo Ek inom två veckor.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.approval_deadline, Some(jiff::civil::date(2025, 5, 20)));
}

/// "Ordf: Direktör Eva Ek Sekr: Bo Berg" on one line: each label has its own value, and
/// the title before the chair's name is not part of it.
#[test]
fn two_role_labels_on_one_line_name_two_people() {
    let m = read(
        "PROTOKOLL SAMVERKANSGRUPP\nDatum: 2025-05-06\nOrdf: Skoldirektör Eva Ek Sekr: Bo Berg, HR\nNärvarande: Eva Ek, Bo Berg, Lisa Holm (Vision)\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Eva Ek"));
    assert_eq!(m.secretary.as_deref(), Some("Bo Berg"));
}

/// "Protokollet justeras" over the parties' signature columns: each signer approves.
#[test]
fn signers_under_protokollet_justeras_approve() {
    let m = read(
        "Förhandlingsprotokoll 2025-05-06\nNärvarande\nFör arbetsgivaren: Eva Ek\nFör Vision: Bo Berg\nFör Kommunal: Lisa Holm\n\n§ 1 Information\nInga.\n\nProtokollet justeras\n\nFör arbetsgivaren                För Vision\nEva Ek                           Bo Berg\n\nFör Kommunal\nLisa Holm\n",
    );
    let names: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(names, ["Eva Ek", "Bo Berg", "Lisa Holm"]);
}

/// "Protokollet fördes av Bo Berg." in the head's prose: he is the secretary.
#[test]
fn the_person_who_kept_the_notes_is_the_secretary() {
    let m = read(
        "Minnesanteckningar samverkansgrupp 2025-05-06\nNärvarande: Eva Ek (ordförande), Bo Berg, Lisa Holm (Vision). Protokollet fördes av Bo Berg.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Bo Berg"));
}

/// "Justeras:" over signatures with each name's role or party after a comma: the union's
/// signer approves, and so does the chair who signs under "Justeras".
#[test]
fn a_signer_with_a_party_after_the_name_approves() {
    let m = read(
        "Protokoll samverkansgrupp 2025-05-06\nNärvarande: Eva Ek (ordförande), Bo Berg (Vision)\n\n§ 1 Information\nInga.\n\nJusteras:\n\n..................          ..................\nEva Ek, ordförande          Bo Berg, Vision\n",
    );
    let names: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(names, ["Eva Ek", "Bo Berg"]);
}

/// A deadline written under the closing signatures, after the last section, still counts.
#[test]
fn an_approval_deadline_under_the_signatures_is_read() {
    let m = read(
        "Protokoll samverkansgrupp 2025-05-06\n\n§ 1 Information\nChefen informerade om sommaren.\n\n§ 2 Övriga frågor\nInga.\n\nAnna Berg                 Bo Ek\nOrdförande                Justerare\n\nJustering sker senast 13 maj 2025.\n",
    );
    assert_eq!(m.approval_deadline, Some(jiff::civil::date(2025, 5, 13)));
}

#[test]
fn attendance_party_colon_layout_approvers_and_deadline_in_words() {
    let m = read(
        "Protokoll från samverkansgruppen den 3 februari 2026\n\nNärvarande\n\nBarn- och utbildningsförvaltningen\nAnna Ek, direktör\n\nFackliga organisationer\nVision: Bo Ek\nKommunal: Cia Ek, Dan Ek\n\nFörhinder\nVårdförbundet\n\nTid: kl. 09.30\nPlats: Rummet\n\n1. Mötet öppnas\nAnna Ek öppnade mötet.\n2. Val av justerare\nJusterare:\nArbetsgivaren: Anna Ek\nVision: Bo Ek\nJustering sker måndagen den 9 februari.\n",
    );
    assert_eq!(m.forum.as_deref(), Some("Samverkansgrupp"));
    assert_eq!(m.date, Date::new(2026, 2, 3).ok());
    assert_eq!(m.time, Time::new(9, 30, 0, 0).ok());
    assert_eq!(m.place.as_deref(), Some("Rummet"));
    assert_eq!(m.chair.as_deref(), Some("Anna Ek"));
    assert_eq!(
        names(&m.present),
        [
            "Anna Ek/Arbetsgivaren",
            "Bo Ek/Vision",
            "Cia Ek/Kommunal",
            "Dan Ek/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["-/Vårdförbundet"]);
    assert_eq!(m.approvers.len(), 2);
    assert_eq!(m.approval_deadline, Date::new(2026, 2, 9).ok());
}

/// A närvarolista with an X for each person present, a heading row above the deputies, an
/// absence noted in the column, and the approver chosen in a decision ("att utse … till
/// justerare").
#[test]
fn an_attendance_table_of_x_marks_and_an_approver_chosen_in_a_decision() {
    let m = read(
        "Styrelsemöte 2024-05-14\nLedamot Närvarande\nKarin Öst X\nNils Berg X, ordförande\nLea Sund Anmält förhinder\nErsättare\nOla Ström X, från § 5\n\n§ 1 Val av justerare\nBeslut\natt utse Karin Öst till justerare.\n",
    );
    let present: Vec<&str> = m.present.iter().filter_map(|a| a.name.as_deref()).collect();
    assert_eq!(present, ["Karin Öst", "Nils Berg", "Ola Ström"]);
    let absent: Vec<&str> = m.absent.iter().filter_map(|a| a.name.as_deref()).collect();
    assert_eq!(absent, ["Lea Sund"]);
    assert_eq!(m.present[2].role.as_deref(), Some("ersättare, från § 5"));
    let approvers: Vec<&str> = m
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Karin Öst"]);
}

#[test]
fn approvers_by_given_name_and_a_chair_titled_before_the_name() {
    let m = read(
        "Protokoll styrelsemöte 2021-04-12\nNärvarande: Per Holm, Eva Ståhl, Ali Demir\n§ 1 Mötets öppnande\nOrdförande Per Holm öppnar mötet.\n§ 2 Val av justerare Eva och Ali.\n§ 3 Övrigt\nInget.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Per Holm"));
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Eva Ståhl", "Ali Demir"]);
    assert_eq!(m.forum.as_deref(), Some("Styrelsemöte"));
}

#[test]
fn approvers_chosen_in_a_sentence_with_their_parties() {
    let m = read(
        "Protokoll samverkansgrupp 2023-02-01\n\n§ 1 Val av justerare\nAtt jämte ordföranden justera dagens protokoll utses Kim Berg, TCO, Vision samt Lo Ahl, Kommunal.\n\n§ 2 Övrigt\nInga frågor.\n",
    );
    let got: Vec<String> = m
        .approvers
        .iter()
        .map(|a| format!("{}/{}", a.name.as_deref().unwrap_or("-"), a.party))
        .collect();
    assert_eq!(got, ["Kim Berg/Vision", "Lo Ahl/Kommunal"]);
    let m = read(
        "Protokoll 2023-02-01\n\n§ 1 Mötets öppnande\nTill justerare valdes Per Moe, Ledarna.\n",
    );
    assert_eq!(m.approvers.len(), 1);
}

#[test]
fn an_approval_deadline_is_not_read_across_a_blank_line() {
    let m = read(
        "Rapport från samverkansgruppen 2023-01-10\n\nProtokollet läggs ut så snart det är justerat\n\nPublicerad: 2023-01-20\n",
    );
    assert_eq!(m.approval_deadline, None);
}

#[test]
fn a_chair_named_as_the_meeting_opens_and_a_secretary_set_off_by_commas() {
    let m = read(
        "Protokoll 2022-10-10\n§ 1\nOrdföranden, Maja Lund (M), hälsar alla välkomna och förklarar mötet öppnat.\n§ 2\nPer Sandberg, sekreterare, läser upp dagordningen.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Maja Lund"));
    assert_eq!(m.secretary.as_deref(), Some("Per Sandberg"));
    // A list's "Name, sekreterare Name" names no secretary by this rule.
    let m = read("Rapport\n\nSamtal med Anna Berg, sekreterare Bo Ek och andra.\n");
    assert_eq!(m.secretary, None);
}

#[test]
fn a_flattened_municipal_head_gives_the_hours_and_the_approval_day() {
    let m = read(
        "SAMMANTRÄDESPROTOKOLL\nNämnd\n\nSammanträdesdatum\n\nPlats och tid\nMiljönämnden\n\n2020-05-05\n\nRådhuset, sal 2, 13:30 – 16:00\nJusteringens\nplats och tid\nMiljökontoret, 2020-05-12, kl. 10:00\n\n§ 1 Budget\nInformation lämnas.\n",
    );
    assert_eq!(m.date, Some(jiff::civil::date(2020, 5, 5)));
    assert_eq!(m.time, Some(jiff::civil::time(13, 30, 0, 0)));
    assert_eq!(m.approval_deadline, Some(jiff::civil::date(2020, 5, 12)));
}

/// A head without a signature box: the secretary after a bare label, the absent under
/// "Ej närvarande", the body named in the notice box ("Organ"), an empty "Organ" none.
#[test]
fn secretary_label_absent_list_and_the_body_in_the_notice_box() {
    let m = read(
        "Plats och tid Salen, Beslutande Eva Lind (s) Ordförande Olle Berg (m) Sekreterare Ulla Ros Paragraf , Justerande Olle Berg (m) Bevis/Anslag Organ Tekniska nämnden Datum då anslag sätts upp\n\nEj närvarande Tor Alm (m) Karin Sand Övriga deltagare Per Sund Kommunchef\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Ulla Ros"));
    assert_eq!(m.forum.as_deref(), Some("Tekniska nämnden"));
    let absent: Vec<_> = m.absent.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(absent, ["Tor Alm", "Karin Sand"]);
    let m = read(
        "Plats och tid Salen Ledamöter Eva Lind (S) Justerare Olle Berg Organ Datum då anslaget sätts upp 2020-03-09\n",
    );
    assert_eq!(m.forum, None);
}

/// "Att jämte ordföranden justera …", "… utsågs att justera tillsammans med ordföranden":
/// the chair approves with the people named; "…, och Lo Ahl, Kommunal" ends the list.
#[test]
fn the_chair_approves_when_named_beside_the_approvers() {
    let m = read(
        "Protokoll samverkansgrupp 2024-09-03\nNärvarande: Anna Berg, ordförande, Kim Ek, Vision, Lo Ahl, Kommunal\n\n§ 1 Val av justerare\nTill justerare jämte ordföranden valdes Kim Ek.\n\n§ 2 Övrigt\nInga frågor.\n",
    );
    let got: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Kim Ek", "Anna Berg"]);
    let m = read(
        "Protokoll samverkansgrupp 2024-09-03\nNärvarande: Anna Berg, ordförande, Kim Ek, Vision, Lo Ahl, Kommunal\n\n§ 1 Val av justerare\nKim Ek, Vision, och Lo Ahl, Kommunal, utsågs att jämte ordföranden justera\nprotokollet.\n\n§ 2 Övrigt\nInga frågor.\n",
    );
    let got: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(got, ["Kim Ek", "Lo Ahl", "Anna Berg"]);
    // Without those words the chair is no approver.
    let m = read(
        "Protokoll samverkansgrupp 2024-09-03\nNärvarande: Anna Berg, ordförande, Kim Ek, Vision\n\n§ 1 Val av justerare\nKim Ek utsågs att justera protokollet.\n",
    );
    assert_eq!(m.approvers.len(), 1);
}

/// "Eva Holm, VD (ordf.)", "Lena Alm, VD och ordf.": a title in capital letters after a name
/// is said of that person, so the chair it names is found.
#[test]
fn a_title_in_capitals_after_a_name_carries_the_chair() {
    let m = read(
        "Protokoll 2025-05-06\n\nNärvarande för arbetsgivaren: Eva Holm, VD (ordf.), Bo Ek, HR-chef (sekr.), samt Per Sand, controller.\nNärvarande för arbetstagarna: Anna Berg, Vision; Lars Ek, Kommunal.\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Eva Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Bo Ek"));
    let m = read(
        "Protokoll 2025-05-06\n\nNärvarande för arbetsgivaren: Lena Alm, VD och ordf., Kim Berg, ekonom, samt Ola Ruth, arbetsledare.\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Lena Alm"));
    // A party in capitals after a name is the person's party, not a title.
    let m = read(
        "Protokoll 2025-05-06\n\nNärvarande: Eva Holm, rektor (ordf.), Bo Ek, SSR.\n\n§ 1 Öppnande\nText.\n",
    );
    assert!(names(&m.present).contains(&"Bo Ek/Akademikerförbundet SSR".to_string()));
}

/// The people who sign under "Justeras" approve the minutes: the names in its column of
/// the signature block, past "För …" and dotted lines, or after "Justeras:" on its line.
#[test]
fn the_names_signed_under_justeras_are_approvers() {
    let head = "Protokoll LSG 2024-11-05\n\nNärvarande: Eva Berg (ordförande), Olle Sand (sekreterare), Gun Holm (Vision), Pia Ek (Kommunal)\n\n§ 1 Öppnande\nText.\n\n";
    let m = read(&format!(
        "{head}Vid protokollet              Justeras\nOlle Sand                    Gun Holm          Pia Ek\n"
    ));
    let approvers: Vec<&str> = m
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Gun Holm", "Pia Ek"]);
    let m = read(&format!(
        "{head}Justeras\n\nFör arbetsgivaren            För Vision\n......................       ....................\nEva Berg                     Gun Holm\n"
    ));
    let approvers: Vec<&str> = m
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Eva Berg", "Gun Holm"]);
    let m = read(&format!(
        "{head}Vid anteckningarna: Olle Sand\nJusteras: Pia Ek\n"
    ));
    let approvers: Vec<&str> = m
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Pia Ek"]);
}

/// A name broken over two lines of a list; a mark after a name explained under the list;
/// a section choosing approvers that holds only their names.
#[test]
fn names_across_lines_marked_notes_and_bare_approvers() {
    let m = read(
        "Protokoll styrelsemöte 2024-01-09\nNärvarande: Anna Lind (ordf.), Olof\nStrand, Siv Ek, Tor Björk**\n** = från punkt 3\nFrånvarande: Ebba Ros\n\n1 Öppnande\nAnna öppnar.\n2 Val av justerare\nSiv Ek.\n3 Övrigt\nInget.\n",
    );
    let present: Vec<_> = m
        .present
        .iter()
        .map(|a| (a.name.clone().unwrap_or_default(), a.role.clone()))
        .collect();
    assert_eq!(present.len(), 4, "{present:?}");
    assert_eq!(present[1].0, "Olof Strand");
    assert_eq!(
        present[3],
        ("Tor Björk".to_string(), Some("från punkt 3".to_string()))
    );
    assert_eq!(names(&m.absent), ["Ebba Ros/Arbetsgivaren"]);
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Siv Ek"]);
}

/// A union's chairperson listed as "Ordförande" before the employer's chair does not chair
/// the meeting.
#[test]
fn the_employers_chair_before_a_unions_chairperson() {
    let m = read(
        "Protokoll samverkansgrupp 2024-04-04\nNärvarande:\nEva Lind, ordförande, Vision\nOla Strand, förvaltningschef, ordförande\nBo Berg, sekreterare\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Ola Strand"));
}

#[test]
fn the_meeting_chair_labelled_in_the_head_and_the_deadline_beside_the_approvers() {
    let m = read(
        "Förvaltningsgrupp 2027-09-07\n\nNärvarande:\nOla Nord, direktör, Arbetsgivaren\nMaj Ström, ordförande, Vision\n\nFrånvarande:\nKommunal\n\nMötesordförande Ola Nord\nVid protokollet Maj Ström\nJusterare: Maj Ström. Justering sker senast den 14 september 2027.\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Ola Nord"));
    assert_eq!(names(&m.absent), ["-/Kommunal"]);
    assert_eq!(m.date, Date::new(2027, 9, 7).ok());
    assert_eq!(m.approval_deadline, Date::new(2027, 9, 14).ok());
    // "Ordförande Name" as a row of the list itself does not end it.
    let m = read(
        "Förvaltningsgrupp 2027-09-07\n\nNärvarande:\nOrdförande Ola Nord\nMaj Ström, Vision\n\n1. Öppnande\nText.\n",
    );
    assert_eq!(
        names(&m.present),
        ["Ola Nord/Arbetsgivaren", "Maj Ström/Vision"]
    );
}

#[test]
fn a_secretary_label_with_its_name_set_apart_by_wide_space() {
    let m = read(
        "Protokoll samverkansgrupp\nDatum:      2027-01-12\nNärvarande: Olle Rask (ordförande), Tove Lind, Amir Saleh (Vision)\nOrdförande:          Olle Rask\nSekreterare:         Tove Lind\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Tove Lind"));
    assert_eq!(m.chair.as_deref(), Some("Olle Rask"));
}

#[test]
fn the_note_taker_named_in_the_sentence_of_attendance_is_the_secretary() {
    let m = read(
        "Minnesanteckningar samverkansgrupp 2027-01-12\nNärvarande: Olle Rask (ordförande), Tove Lind, Amir Saleh (Vision).\nOlle hälsade välkommen. Tove Lind, som förde anteckningarna, läste dagordningen.\n\n§ 1 Information\nInga.\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Tove Lind"));
}

/// The deadline in the municipal head's "Justeringens" line with its value beside it; a plan
/// "justerades" under a matter is no approval of the minutes.
#[test]
fn approval_deadline_beside_its_label_and_not_from_an_adjusted_plan() {
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nJusteringens   Kommunhuset, fredag 7 maj 2027\nplats och tid\n\n§ 1 Öppnande\nText.\n",
    );
    assert_eq!(m.approval_deadline, Some(jiff::civil::date(2027, 5, 7)));
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\n§ 1 Öppnande\nText.\n\n§ 2 Schema\nSchemat justerades så att besked ges senast 20/5 till alla.\n",
    );
    assert_eq!(m.approval_deadline, None);
}

/// The name under "Vid protokollet" signs as secretary: not an approver, and the secretary
/// over a role read from a list.
#[test]
fn the_name_under_vid_protokollet_is_the_secretary() {
    let m = read(
        "Tallby kommun\nProtokoll LSG\nDatum: 2027-05-03\n\nNärvarande\nLisa Berg, enhetschef, ordförande\nOlle Ek, controller, sekreterare\nAnna Holm, Kommunal\nPer Lind, HR-konsult\n\n1. Öppnande\nLisa öppnade.\n\n2. Protokollets justering\nProtokollet justeras av Lisa Berg och Anna Holm.\n\nVid protokollet\n\nPer Lind\n\nJusteras\n\nLisa Berg          Anna Holm\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Per Lind"));
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert!(
        !approvers.contains(&"Per Lind".to_string()),
        "{approvers:?}"
    );
}

/// Side labels that name the members ("Ledamöter arbetstagarna:") or the others present from
/// a side ("Övriga närvarande från arbetsgivaren:") open the attendance; the chair and the
/// secretary labelled above such a list attended too, the secretary labelled below it not.
#[test]
fn side_labels_open_the_attendance_and_officers_above_them_attended() {
    let m = read(
        "Protokoll samverkansgrupp\nDatum: 2025-02-03\n\nLedamöter arbetsgivaren: Olle Rydberg, Siv Alm (enhetschef)\nLedamöter arbetstagarna: Pia Strand (Vision), Åke Norell (Kommunal)\nFrånvarande: Tor Lindell (Vårdförbundet)\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Olle Rydberg/Arbetsgivaren",
            "Siv Alm/Arbetsgivaren",
            "Pia Strand/Vision",
            "Åke Norell/Kommunal"
        ]
    );
    assert_eq!(names(&m.absent), ["Tor Lindell/Vårdförbundet"]);
    let m = read(
        "Protokoll samverkansgrupp\nDatum: 2025-02-03\n\nOrdförande: Mona Friberg, skolchef\nSekreterare: Ulf Dahlén, HR\n\nÖvriga närvarande från arbetsgivaren:\nKent Ragnarsson, rektor\n\nFrån arbetstagarorganisationerna:\nLiv Söder, Vision\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Mona Friberg/Arbetsgivaren",
            "Ulf Dahlén/Arbetsgivaren",
            "Kent Ragnarsson/Arbetsgivaren",
            "Liv Söder/Vision"
        ]
    );
    let m = read(
        "Protokoll samverkansgrupp\nDatum: 2025-02-03\n\nNärvarande:\nArbetsgivarsidan: Mona Friberg (ordförande)\nArbetstagarsidan: Liv Söder (Vision)\nSekreterare: Ulf Dahlén\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        ["Mona Friberg/Arbetsgivaren", "Liv Söder/Vision"]
    );
}

/// A head in the municipal layout whose lists are labelled by side ("Arbetsgivare",
/// "Arbetstagare") instead of "Beslutande"; "Utses att justera" names the approvers on its
/// line, not the people listed above it; a union's person with a role after the union.
#[test]
fn a_municipal_head_labelled_by_side_and_approvers_appointed_on_their_line() {
    let m = read(
        "Plats och tid   Rådhuset, kl 10.00-12.00\n\nArbetsgivare    Sten Fagerlund, socialchef, ordförande\n                Lis Wranne, HR-konsult, sekreterare\n\nArbetstagare    Ove Strandh, Vision\n                Gun Ljungqvist, Kommunal, huvudskyddsombud\n\nEj närvarande   Per Sandahl, Vårdförbundet\n\nUtses att justera    Ove Strandh och Gun Ljungqvist\n\nUnderskrifter   Sekreterare\n\n1. Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(
        names(&m.present),
        [
            "Sten Fagerlund/Arbetsgivaren",
            "Lis Wranne/Arbetsgivaren",
            "Ove Strandh/Vision",
            "Gun Ljungqvist/Kommunal"
        ]
    );
    assert_eq!(m.present[3].role.as_deref(), Some("huvudskyddsombud"));
    assert_eq!(names(&m.absent), ["Per Sandahl/Vårdförbundet"]);
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Ove Strandh", "Gun Ljungqvist"]);
    // A sentence wrapped before its verb still names its approvers.
    let m = read(
        "Protokoll LSG\nDatum: 2025-02-03\nNärvarande: Ove Strandh (Vision), Sten Fagerlund (arbetsgivaren)\n\n§ 1 Öppnande\nMötet öppnades. Ove Strandh\nvaldes att justera protokollet.\n",
    );
    let approvers: Vec<_> = m.approvers.iter().filter_map(|a| a.name.clone()).collect();
    assert_eq!(approvers, ["Ove Strandh"]);
}

/// The chair and the secretary named in a sentence, a title before the name.
#[test]
fn the_chair_and_secretary_named_in_a_sentence() {
    let m = read(
        "Protokoll samverkansgrupp\nDatum: 2025-05-06\n\nMötet hölls i Rådhuset. Ordförande var\nenhetschef Sten Fagerlund och protokollet fördes av HR-konsult Lis Wranne.\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Sten Fagerlund"));
    assert_eq!(m.secretary.as_deref(), Some("Lis Wranne"));
    let m = read(
        "Anteckningar LSG\nDatum: 2025-05-06\n\nMötet leddes av Kent Ragnarsson. Sekreterare var Pia Strand.\n\n§ 1 Öppnande\nMötet öppnades.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Kent Ragnarsson"));
    assert_eq!(m.secretary.as_deref(), Some("Pia Strand"));
    let m = read(
        "Rapport från FSG\n\nVi träffades den 6 maj 2025. Socialchef Mona Friberg ledde mötet och vi tog upp schemat.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Mona Friberg"));
    // Text whose å, ä and ö OCR stripped reads the same.
    let m = read(
        "Anteckningar LSG\nDatum: 2025-05-06\n\nOrdforande var Kent Ragnarsson och protokollet fordes av Pia Strand.\n\n§ 1 Oppnande\nMotet oppnades.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Kent Ragnarsson"));
    assert_eq!(m.secretary.as_deref(), Some("Pia Strand"));
}

/// "Justering senast tisdag 9.2." and "justerar\nprotokollet inom en vecka" across a line
/// give the deadline; a "Justerandes signatur" footer beside a dated page header does not.
#[test]
fn deadlines_in_dots_across_lines_and_not_from_a_signature_footer() {
    let m = read(
        "Samverkansgrupp\nDatum: 2027-02-03\n\n§ 1 Öppnande\nMötet öppnades. Justering senast tisdag 9.2.\n\n§ 2 Information\nIngen.\n",
    );
    assert_eq!(m.approval_deadline, Date::new(2027, 2, 9).ok());
    let m = read(
        "Samverkansgrupp\nDatum: 2027-02-03\n\n§ 1 Justering\nLeo Tran (Vision) justerar\nprotokollet med ordföranden inom en vecka.\n\n§ 2 Information\nIngen.\n",
    );
    assert_eq!(m.approval_deadline, Date::new(2027, 2, 10).ok());
    let m = read(
        "Samverkansgrupp\nDatum: 2027-02-03\n\n§ 1 Information\nChefen informerade om bemanningen.\n\nJusterandes signatur        Sida 1 av 2\nTallby AB · Sammanträdesprotokoll 2027-02-03\n\n§ 2 Övrigt\nInget.\n",
    );
    assert_eq!(m.approval_deadline, None);
}

/// A signature block under "Justeras" with the sides written over the names ("Ekby AB
/// Vision") or each name's employer or union under it, in rows of two and then one.
#[test]
fn signatures_with_their_sides_above_or_below_are_approvers() {
    let head = "Förhandlingsprotokoll 2026-05-06\n\nNärvarande: Eva Berg (ordförande), Olle Sand (sekreterare), Gun Holm (Vision), Pia Ek (Kommunal)\n\n§ 1 Öppnande\nText.\n\n";
    let approvers = |text: String| -> Vec<String> {
        read(&text)
            .approvers
            .iter()
            .filter_map(|a| a.name.clone())
            .collect()
    };
    assert_eq!(
        approvers(format!(
            "{head}Justeras\n\nVision                                Kommunal\nGun Holm                              Pia Ek\n"
        )),
        ["Gun Holm", "Pia Ek"]
    );
    assert_eq!(
        approvers(format!(
            "{head}Justeras:\n\n______________________        ______________________\nEva Berg                      Gun Holm\nNorrby Data AB                Vision\n\n______________________\nPia Ek\nKommunal\n"
        )),
        ["Eva Berg", "Gun Holm", "Pia Ek"]
    );
}

/// The secretary as the person present "som förde anteckningarna", after "Vid
/// anteckningarna:", or signing "Eva Ek, sekr." under the minutes.
#[test]
fn the_secretary_who_kept_the_notes_or_signs_abbreviated() {
    let m = read(
        "Minnesanteckningar LSG 2026-03-10\n\nNärvarande för arbetsgivaren var rektor Siv Holm, som ledde mötet, och\nbiträdande rektor Kent Dahl (KD), som förde anteckningarna. För Vision deltog Ada Ring.\n\n1. Dagordning\nText.\n",
    );
    assert_eq!(m.chair.as_deref(), Some("Siv Holm"));
    assert_eq!(m.secretary.as_deref(), Some("Kent Dahl"));
    let m = read(
        "Minnesanteckningar LSG 2026-03-10\n\nNärvarande: Siv Holm (ordförande), Kent Dahl, Ada Ring (Vision)\n\n1. Dagordning\nText.\n\nVid anteckningarna: Kent Dahl\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Kent Dahl"));
    let m = read(
        "Skyddskommitté 2026-03-10\n\nNärvarande: Siv Holm, VD och ordf., Kent Dahl, samordnare, Ada Ring, Unionen\n\n1. Öppnande\nText.\n\nKent Dahl, sekr.\n\nJusteras:\nSiv Holm, ordf.          Ada Ring, Unionen\n",
    );
    assert_eq!(m.secretary.as_deref(), Some("Kent Dahl"));
}

/// Approvers by their initials after "Justeras:" inside a line ("Dagordningen fastställdes.
/// Justeras: KD och AR"), and chosen in "Justerare för protokollet blev …".
#[test]
fn approvers_by_initials_and_chosen_with_blev() {
    let approvers = |text: &str| -> Vec<String> {
        read(text)
            .approvers
            .iter()
            .filter_map(|a| a.name.clone())
            .collect()
    };
    assert_eq!(
        approvers(
            "Minnesanteckningar LSG 2026-03-10\n\nNärvarande: Siv Holm (SH), ordförande, Kent Dahl (KD), Ada Ring (AR), Vision\n\n1. Dagordning och justering\nDagordningen fastställdes. Justeras: KD och AR, senast fredag 13/3.\n\n2. Information\nText.\n"
        ),
        ["Kent Dahl", "Ada Ring"]
    );
    assert_eq!(
        approvers(
            "Anteckningar FSG 2026-03-10\n\nNärvarande: Siv Holm, ordförande, Kent Dahl, Ada Ring, Vision\nJusterare för protokollet blev Siv Holm och Ada Ring (Vision).\n\n1. Information\nText.\n"
        ),
        ["Siv Holm", "Ada Ring"]
    );
}
