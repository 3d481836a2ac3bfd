//! Tests of the head read in two columns, labels on the left and values on the right.

use crate::meeting::testing::{names, read};

/// The sides' labels in the left column, one broken over two lines ("Arbetsgivarens" /
/// "företrädare"), their people in the right column, one a line; the approvers after "Utses att
/// justera" in the same column.
#[test]
fn labels_in_a_column_of_their_own_open_the_attendance() {
    let m = read(
        "SAMMANTRÄDESPROTOKOLL
Samverkansgrupp Tekniska förbundet

Plats och tid            Verkstadshuset, rum Kranen, 2025-10-14 kl. 09.00–11.00

Arbetsgivarens           Gunnel Äng, förbundschef, ordförande
företrädare              Rolf Stare, driftchef
                         Mona Tell, HR-konsult, sekreterare

Fackliga                 Ivar Rask, Kommunal
företrädare              Elin Bro, Vision

Utses att justera        Ivar Rask

§ 1 Mötets öppnande
Ordföranden öppnade mötet.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Gunnel Äng/Arbetsgivaren",
            "Rolf Stare/Arbetsgivaren",
            "Mona Tell/Arbetsgivaren",
            "Ivar Rask/Kommunal",
            "Elin Bro/Vision"
        ]
    );
    assert_eq!(m.chair.as_deref(), Some("Gunnel Äng"));
    assert_eq!(m.secretary.as_deref(), Some("Mona Tell"));
    assert_eq!(
        m.approvers
            .iter()
            .map(|a| a.name.as_deref())
            .collect::<Vec<_>>(),
        [Some("Ivar Rask")]
    );
}

/// "Parter" over the sides and the unions as labels in the left column, each with its people.
#[test]
fn parties_as_labels_in_the_left_column_are_their_peoples_parties() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL

Datum           12 maj 2025
Tid             10.00–11.00
Plats           Stadshuset, rum Alen

Parter
Arbetsgivaren   Sven Kvist, personalchef (ordförande)
                Lena Moberg, löneadministratör
Vision          Tor Hed
                Pia Sand, ombudsman

1 § Öppnande
Ordföranden öppnade förhandlingen.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Sven Kvist/Arbetsgivaren",
            "Lena Moberg/Arbetsgivaren",
            "Tor Hed/Vision",
            "Pia Sand/Vision"
        ]
    );
}

/// "Närvarande" in the left column over a column of its own, "För Sjövik kommun:", "För
/// Vision:" and "För Ledarna:" before their people; the time and the matter in the left column are no people;
/// the approvers sign side by side under "Justeras", under their sides' headings.
#[test]
fn a_column_inside_the_value_column_and_the_sides_signing_side_by_side() {
    let m = read(
        "FÖRHANDLINGSPROTOKOLL

Tid                Måndagen den 2 juni 2025, kl. 13.00–14.00

Plats              Stadshuset, rum Ugglan

Närvarande         För Sjövik kommun: Rune Falk, förhandlingschef
                                      Tilda Berg, HR-konsult
                   För Vision:        Ebba Lund, ombudsman
                   För Ledarna:       Gösta Ring

Förhandlingsfråga  Tvist om ersättning för resor

§ 1
Förhandlingen öppnades.

Justeras

För Sjövik kommun                      För Vision


Rune Falk                              Ebba Lund
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Rune Falk/Arbetsgivaren",
            "Tilda Berg/Arbetsgivaren",
            "Ebba Lund/Vision",
            "Gösta Ring/Ledarna"
        ]
    );
    assert_eq!(
        m.approvers
            .iter()
            .map(|a| a.name.as_deref())
            .collect::<Vec<_>>(),
        [Some("Rune Falk"), Some("Ebba Lund")]
    );
}

/// The employer's list and the unions' side by side under their headings, titles before the
/// names on the left, "Party: names" on the right; the absence under the table still read.
#[test]
fn the_sides_lists_side_by_side_are_read_one_after_the_other() {
    let m = read(
        "Regional samverkansgrupp Tullverket Syd
Datum: 2025-03-11

Närvarande

Arbetsgivaren                             Arbetstagarorganisationerna
Regionchef Ulla Bengtsson, ordf.          ST: Erik Sund, Lina Holm
Controller Pål Ryd                        Saco-S: Vera Alm
Handläggare Moa Frisk, sekreterare

Förhinder: Arvid Storm, Seko

§ 1 Öppnande
Ordföranden öppnade mötet.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Ulla Bengtsson/Arbetsgivaren",
            "Pål Ryd/Arbetsgivaren",
            "Moa Frisk/Arbetsgivaren",
            "Erik Sund/Fackförbundet ST",
            "Lina Holm/Fackförbundet ST",
            "Vera Alm/Saco"
        ]
    );
    assert_eq!(names(&m.absent), ["Arvid Storm/Seko"]);
}
