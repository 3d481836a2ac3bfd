//! Tests of the attendance table whose last column marks who came.

use crate::meeting::testing::{names, read};

/// A table of those called, the last column "Närv." marking with "X" who came and with "-"
/// who did not; the organization's column gives the party, a note beside it the role's.
#[test]
fn a_presence_column_marks_who_came_and_who_did_not() {
    let m = read(
        "Arbetsmiljökommitté Hamnbolaget
Datum: 2025-11-04

Kallade          Funktion                 Organisation      Närv.
Åke Lindell      Hamnchef, ordf           AG                X
Sara Blom        Driftchef                AG                -
Nils Rydh        Skyddsombud              Seko              X
Maja Falk        Skyddsombud              Unionen           -
Olle Sten        Ergonom                  Previa (adj.)     X

§ 1 Öppnande
Åke Lindell öppnade mötet.
",
    );
    assert_eq!(
        names(&m.present),
        [
            "Åke Lindell/Arbetsgivaren",
            "Nils Rydh/Seko",
            "Olle Sten/Previa"
        ]
    );
    assert_eq!(
        names(&m.absent),
        ["Sara Blom/Arbetsgivaren", "Maja Falk/Unionen"]
    );
    assert_eq!(m.present[2].role.as_deref(), Some("Ergonom (adj.)"));
    assert_eq!(m.chair.as_deref(), Some("Åke Lindell"));
}
