//! Tests of commitments and their due: promises, actions, undertakings and due labels.

use super::*;
use crate::items::testing::{kinds, kinds_parties_outcomes, read};

#[test]
fn an_action_holds_its_responsible_and_date_on_the_line_below() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nKommunal frågade varför skadan i köket inte anmälts.\nArbetsgivaren svarar att anmälan görs i dag.\nÅtgärd: rutinen för anmälan gås igenom med personalen.\nAnsvarig: Eva Ström. Klart: v. 12\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let actions: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .collect();
    assert_eq!(actions.len(), 1, "{actions:#?}");
    assert_eq!(actions[0].person.as_deref(), Some("Eva Ström"));
    assert!(actions[0].due.as_ref().is_some_and(|d| d.label.is_some()));
}

#[test]
fn a_plan_told_as_information_is_no_promise() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Information\nPersonalchefen informerade om att lönesamtalen hålls i mars och att\nutfallet redovisas i maj.\n\n§ 3 Ekonomi\nEkonomin redovisas i maj.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.source_text.as_str())
        .collect();
    assert_eq!(promises, ["Ekonomin redovisas i maj."]);
}

#[test]
fn sending_something_on_to_someone_is_a_promise() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Lokaler\nLokalerna i huset på Storgatan diskuterades. Arbetsgivaren skickar ritningarna till skyddsombuden.\nHyran skickar hyresvärden normalt varje kvartal.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.source_text.as_str())
        .collect();
    assert_eq!(
        promises,
        ["Arbetsgivaren skickar ritningarna till skyddsombuden."]
    );
}

#[test]
fn taking_a_matter_up_at_a_later_meeting_is_a_promise() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nSeko undrar varför larmet flyttades. Arbetsgivaren svarar att det var ett misstag och kommer att ta upp flytten på nästa skyddskommitté.\n\n§ 3 Lokaler\nOmbyggnaden av entrén tas upp vid nästa möte.\nFörseningen kommer att ta tid.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(promises.len(), 2, "{promises:?}");
    assert!(promises[0].contains("ta upp flytten"), "{promises:?}");
    assert!(promises[1].starts_with("Ombyggnaden"), "{promises:?}");
}

#[test]
fn due_labels_as_written() {
    for (sentence, label) in [
        (
            "HR återkommer vid nästa FSG den 3 juni.",
            "nästa FSG den 3 juni",
        ),
        (
            "Planen lämnas före flytten den 1 oktober.",
            "före flytten den 1 oktober",
        ),
        (
            "Chefen återkommer efter leverantörens genomgång i maj.",
            "efter leverantörens genomgång i maj",
        ),
        ("Mätningarna görs vecka 41–42.", "vecka 41–42"),
        (
            "Rutinen redovisas för gruppen när den är klar.",
            "när den är klar",
        ),
        (
            "Frågan förhandlas innan något beslut fattas.",
            "innan något beslut fattas",
        ),
        (
            "Vi bjuds in innan omorganisationen träder i kraft.",
            "innan omorganisationen träder i kraft",
        ),
    ] {
        assert_eq!(due_label(sentence).as_deref(), Some(label), "{sentence}");
    }
    assert_eq!(
        due_label("När det finns ett färdigt förslag tar vi ställning."),
        None
    );
    assert_eq!(
        due_label("Resultatet redovisas för arbetsgruppen i oktober.").as_deref(),
        Some("oktober")
    );
    assert_eq!(
        due_label("Mätningen återrapporteras till arbetsmiljörådet i november.").as_deref(),
        Some("november")
    );
    assert_eq!(
        due_label("Förvaltningen avser att flytta arkivet från och med den 3 mars 2027.")
            .as_deref(),
        None
    );
    assert_eq!(
        due_label(
            "Förvaltningen kommer att återkomma med mer information under vintern för dessa planer."
        )
        .as_deref(),
        Some("under vintern")
    );
    assert_eq!(
        due_label("De fackliga organisationerna återkommer vid nästa förvaltningsgrupp.")
            .as_deref(),
        Some("nästa förvaltningsgrupp")
    );
    assert_eq!(
        due_label("Chefen återkommer vid nästa APT i september.").as_deref(),
        Some("nästa APT i september")
    );
    assert_eq!(
        due_label("Resultatet redovisas på nästa möte i CSG.").as_deref(),
        Some("nästa möte i CSG")
    );
    assert_eq!(
        due_label("Hon lovade att ta upp frågan på novembermötet.").as_deref(),
        Some("på novembermötet")
    );
    assert_eq!(
        due_label("det kommer att tas upp i kommande utbildningar").as_deref(),
        Some("kommande utbildningar")
    );
    assert_eq!(due_label("Klart i december.").as_deref(), Some("december"));
    assert_eq!(
        due_label("Svar lämnas senast den 3 mars.").as_deref(),
        Some("senast den 3 mars")
    );
    assert_eq!(due_label("Vi ses i vår förvaltning."), None);
    assert_eq!(
        due_label("Detta meddelas inom kort.").as_deref(),
        Some("inom kort")
    );
}

#[test]
fn a_point_headed_as_one_negotiation_holds_no_matters_and_its_promise_after_a_note() {
    let items = read(
        "§ 6 Förhandling enligt MBL § 11 – Flytt av verkstaden\nArbetsgivaren föreslår att verkstaden flyttar till Industrigatan.\nParterna är överens om förslaget.\n\nProtokollsanteckning från Seko: Seko förutsätter att ingen får längre resväg.\n\nArbetsgivaren åtar sig att följa upp resvägarna och redovisa dem för samverkansgruppen i oktober.\n",
    );
    let kinds: Vec<ItemKind> = items.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [
            ItemKind::Negotiation,
            ItemKind::Statement,
            ItemKind::Commitment
        ],
        "{items:#?}"
    );
    let due = items[2].due.as_ref().and_then(|d| d.label.as_deref());
    assert_eq!(due, Some("oktober"));
}

#[test]
fn registered_points_intentions_undertakings_and_agreements() {
    let items = read(
        "§1 Information\nInför mötet hade Seko anmält en fråga om bemanningen i kundtjänst. Ledarna fick återkoppling på den punkt de anmält vid förra mötet.\n\n§2 Förhandling\nParterna träffade ett lokalt avtal om flextid. Arbetsgivaren har för avsikt att följa upp avtalet under hösten. ST åtar sig att informera sina medlemmar.\n",
    );
    let got = kinds_parties_outcomes(&items);
    assert_eq!(
        got,
        [
            (ItemKind::Question, "Seko".to_string(), Outcome::Open),
            (ItemKind::Negotiation, "-".to_string(), Outcome::Agreed),
            (
                ItemKind::Commitment,
                "Arbetsgivaren".to_string(),
                Outcome::Open
            ),
            (
                ItemKind::Commitment,
                "Fackförbundet ST".to_string(),
                Outcome::Open
            ),
        ]
    );
    assert!(items[0].pre_registered);
    assert_eq!(
        items[2].due.as_ref().and_then(|d| d.label.as_deref()),
        Some("under hösten")
    );
    assert_eq!(
        due_label("Vi utvärderar efter kvartal 2 i år.").as_deref(),
        Some("efter kvartal 2 i år")
    );
}

/// A promise of two parties or of "parterna" is held to each of them.
#[test]
fn promises_owed_together_are_held_to_each_debtor() {
    let items = read(
        "§ 3 Bemanning\n\nLO och PTK återkommer med ett gemensamt svar i mars.\n\nArbetsgivaren och Vision tar fram en ny rutin för inhyrd personal till nästa möte.\n\nParterna återkommer i frågan efter sommaren.\n\nKommunal återkommer om semesterschemat.\n",
    );
    let owed: Vec<(String, String)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| {
            (
                i.by.as_ref().map_or("-".into(), |p| p.to_string()),
                i.to.as_ref().map_or("-".into(), |p| p.to_string()),
            )
        })
        .collect();
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        owed,
        [
            pair("LO", "Arbetsgivaren"),
            pair("PTK", "Arbetsgivaren"),
            pair("Arbetsgivaren", "Vision"),
            pair("Vision", "Arbetsgivaren"),
            pair("Arbetsgivaren", "Fackliga organisationerna"),
            pair("Fackliga organisationerna", "Arbetsgivaren"),
            pair("Kommunal", "Arbetsgivaren"),
        ]
    );
    assert!(items[0].title.ends_with("(gemensamt åtagande)"));
    // A party reporting in the present tense with a date is no promise.
    let items = read("§ 4 Ekonomi\n\nArbetsgivaren redovisar utfallet för mars.\n");
    assert!(items.iter().all(|i| i.kind != ItemKind::Commitment));
}

#[test]
fn action_points_written_as_fields() {
    let items = read(
        "§ 3 Arbetsmiljö\nBrandlarmet har löst ut flera gånger i veckan.\nÅtg: Kontakta fastighetsägaren om larmet. Ansv: Fastighetsförvaltningen. Klart: v. 12\n",
    );
    assert_eq!(items.len(), 1, "{items:?}");
    let c = &items[0];
    assert_eq!(c.kind, ItemKind::Commitment);
    assert_eq!(c.by, Some(Party::Employer));
    assert_eq!(
        c.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("v. 12")
    );
    assert!(c.source_text.starts_with("Åtg:"));
}

#[test]
fn an_agreement_made_and_a_duty_of_a_joint_group() {
    let items = read(
        "§ 3 Arbetstidsavtal\nParterna träffar överenskommelse om nya arbetstider för fritidshemmen enligt bilaga 2.\n§ 4 Arbetsmiljögrupp\nEn partsgemensam arbetsmiljögrupp inrättas. Gruppen ska verka för att sjukfrånvaron minskar.\n",
    );
    assert_eq!(kinds(&items), [(ItemKind::Negotiation, Outcome::Agreed)]);
    let items =
        read("§ 3 Utbildning\nVision och Kommunal åtar sig att informera sina ombud om avtalet.\n");
    assert!(items.iter().any(|i| i.kind == ItemKind::Commitment));
}

#[test]
fn an_action_line_is_titled_by_the_action_alone() {
    let items = read(
        "§ 6 Arbetsmiljö\nKommunal frågade om skyddsglasögonen i verkstaden räcker till alla.\nÅtgärd: Beställa tio par skyddsglasögon till verkstaden.\nAnsvarig: Eva Lind   Klart: v. 9\n",
    );
    let titles: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.title.as_str())
        .collect();
    assert_eq!(
        titles,
        ["Beställa tio par skyddsglasögon till verkstaden."],
        "{items:?}"
    );
}

/// A plan told after someone's report, or under an information heading, is information;
/// one owed to the unions or to the forum stays a promise.
#[test]
fn plans_in_a_report_are_not_promises() {
    let items = read(
        "§ 3 Ekonomi\nLena Ek gick igenom bokslutet. Besparingsplanen tas fram under maj.\n\nPer Holm redogjorde för enkäten. Resultatet redovisas för gruppen i oktober.\n\n§ 4 Information från arbetsgivaren\n- Nya arbetskläder skickas ut vecka 12.\n",
    );
    let got: Vec<String> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.title.clone())
        .collect();
    assert_eq!(got, ["Resultatet redovisas för gruppen i oktober."]);
}

#[test]
fn predictions_are_not_promises() {
    let items = read(
        "§1 Information\nDen nya planen kommer att medföra ändringar. Utbildningen kommer att äga rum i maj.\n",
    );
    assert!(items.is_empty(), "{items:?}");
}

#[test]
fn a_thing_not_yet_done_is_no_promise() {
    let items = read(
        "§ 3 Balanslistan\nLarmen i tvätteriet (Vision) – Utredningen är ännu inte klar inför julen. Kvarstår.\n\n§ 4 Lokaler\nOmbyggnaden blir klar i oktober.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .map(|item| item.text.as_str())
        .collect();
    assert_eq!(
        promises,
        vec!["Ombyggnaden blir klar i oktober."],
        "{items:#?}"
    );
}

#[test]
fn a_plan_after_a_report_on_a_line_of_its_own_and_a_rule_until_done_are_no_promises() {
    let items = read(
        "§ 5 Ekonomi\nEva Ek gick igenom uppföljningen för mars. Förvaltningen\nräknar med ett underskott om 2 mnkr.\nBesparingsplanen presenteras för nämnden i maj.\n\n§ 6 Skydd\nHjälmar ska bäras i verkstaden tills utredningen är klar.\n",
    );
    assert!(
        !items.iter().any(|i| i.kind == ItemKind::Commitment),
        "{items:#?}"
    );
}

#[test]
fn an_action_row_that_stays_with_someone_responsible_is_their_renewed_action() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\nFöregående protokoll\nGodkändes. Åtgärdslistan från 2026-01-12 gicks igenom.\n\n- Sandning vid entrén (ansv. Eva). Kvarstår till nästa möte.\n- Nya skåp i omklädningsrummet: Eva har beställt skåpen. Kvarstår.\n- Trasig kaffemaskin (Kommunal): Kvarstår.\n- Bilarnas däck: beställda. Kvarstår.\n\nArbetsmiljö\nInget att rapportera.\n",
    );
    let actions: Vec<(&str, Option<&str>, Option<&str>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| {
            (
                i.title.as_str(),
                i.person.as_deref(),
                i.due.as_ref().and_then(|d| d.label.as_deref()),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("Sandning vid entrén", Some("Eva Ström"), Some("nästa möte")),
            ("Nya skåp i omklädningsrummet", Some("Eva Ström"), None),
        ],
        "{items:#?}"
    );
    assert!(items.iter().any(|i| i.kind == ItemKind::BalanceListReview));
}

#[test]
fn a_faculty_promises_for_the_employer_and_is_due_when_it_returns() {
    let items = read(
        "§ 5 Frågor\nSaco-S frågade hur mycket doktoranderna undervisar. Dekanen svarade att det följs upp. Fakulteten kommer att kartlägga undervisningen under hösten och återkommer till FSG i december. Seko frågade om städningen i labben. Kanslichefen svarade att den sköts centralt.\n",
    );
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(promise.by, Some(Party::Employer));
    assert_eq!(
        promise.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("december")
    );
}

#[test]
fn a_person_doing_something_by_the_next_meeting_and_a_report_there_are_promises() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 3 Arbetsmiljö\nEva redovisar sjukfrånvaron för februari.\n\nOla (HSO) tar fram en checklista för ensamarbete till nästa möte.\n\nEnhetscheferna redovisar bemanningsläget vid nästa möte.\n",
    );
    let promises: Vec<(Option<Party>, Option<Party>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| (i.by.clone(), i.to.clone()))
        .collect();
    let kommunal = Some(Party::Union("Kommunal".into()));
    assert_eq!(
        promises,
        [
            (kommunal.clone(), Some(Party::Employer)),
            (Some(Party::Employer), kommunal),
        ],
        "{items:#?}"
    );
}

#[test]
fn the_sentence_after_a_promise_may_say_when_and_to_whom() {
    let items = read(
        "§ 4 Riskbedömning\nArbetsgivaren åtar sig att göra en riskanalys av nattarbetet innan beslutet verkställs.\nAnalysen ska vara klar senast 14 april och redovisas för Vision.\n",
    );
    let promises: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .collect();
    assert_eq!(promises.len(), 1, "{items:#?}");
    let due = promises[0].due.as_ref().and_then(|d| d.label.as_deref());
    assert_eq!(due, Some("senast 14 april"));
    assert_eq!(promises[0].to, Some(Party::Union("Vision".into())));
    assert!(promises[0].text.ends_with("redovisas för Vision."));
}

/// Municipalities promising in the plural owe it to the body that asked, which the draft
/// cannot name: no receiver, not the unions. "Kommunen återkommer" stays the employer's
/// promise to the unions.
#[test]
fn a_promise_by_municipalities_in_the_plural_is_not_owed_to_the_unions() {
    let items = read(
        "§ 4 Gemensam IT-plattform\nRegionen frågar om tidplanen för upphandlingen. Kommunerna tar med sig frågan och återkommer.\n",
    );
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("a promise");
    assert_eq!(promise.to, None, "{promise:?}");
    let items = read("§ 4 Lokaler\nKommunen återkommer om flytten till nästa möte.\n");
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("a promise");
    assert_eq!(promise.by, Some(Party::Employer));
    assert_eq!(promise.to, Some(Party::AllUnions));
}

#[test]
fn a_promise_is_owed_to_the_one_union_its_point_names() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\nLisa Ek, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n1. Cykelställ vid entrén (Kommunal, 2026-01-10)\nStällen är beställda. Eva återkommer i maj med ett leveransdatum.\n2. Sopsortering i köket (Vision, 2026-02-02)\nArbetet pågår. Eva återkommer i juni.\n\n§ 3 Övriga frågor\nOla tog upp att dörren till förrådet inte går att låsa. Eva tar med sig frågan.\n\n§ 4 Arbetsmiljö\nFacket vill veta varför skiftet flyttats. Vision menar att ingen informerats.\nEva återkommer med ett svar vid nästa möte.\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
    );
    let to: Vec<Option<Party>> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .map(|item| item.to.clone())
        .collect();
    let kommunal = Some(Party::Union("Kommunal".into()));
    let vision = Some(Party::Union("Vision".into()));
    assert_eq!(
        to,
        vec![kommunal.clone(), vision.clone(), kommunal, vision],
        "{items:#?}"
    );
}

#[test]
fn facket_is_the_one_union_present_and_an_action_row_ends_before_the_next_point() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\n2.1 Trasiga lyftar\nFacket undrar när lyften byts. Åtg: Byta lyften i rum 4. Ansv: Eva Ström. Klart: v. 20\n2.2 Belysning i garaget\nLamporna är bytta.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .expect("the action");
    assert_eq!(promise.to, Some(Party::Union("Kommunal".into())));
    assert!(
        promise.source_text.ends_with("Klart: v. 20"),
        "{promise:#?}"
    );
}

#[test]
fn due_labels_before_a_date_at_a_meeting_of_a_month_and_with_a_slash() {
    assert_eq!(
        due_label("Ekonomen återkopplar före den 3 maj med en prognos.").as_deref(),
        Some("före den 3 maj")
    );
    assert_eq!(
        due_label("Planen redovisas på samverkansgruppen i oktober.").as_deref(),
        Some("samverkansgruppen i oktober")
    );
    assert_eq!(
        due_label("HR ska skicka listan till alla fack senast 15/3.").as_deref(),
        Some("senast 15/3")
    );
    // A registry number is no date.
    assert_eq!(due_label("Ärendet KS 2025/77 återkommer."), None);
}

#[test]
fn points_followed_up_under_the_previous_minutes_are_read() {
    let items = read(
        "Punkt 1. Mötet öppnas\nMötet öppnades.\n\nPunkt 2. Val av justerare\nTill justerare valdes Per Ek. Punkt 3. Föregående protokoll och uppföljning av frågor\nProtokollet lades till handlingarna.\n\nVision hade vid förra APT frågat om skrivaren i hus D kan bytas. Skrivaren är beställd. Rektorn återkommer när leverantören har svarat.\n\nPunkt 4. Mötet avslutas\nMötet avslutades.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Vision".into())));
    assert!(question.carried_over);
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(
        promise.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("när leverantören har svarat")
    );
    assert_eq!(promise.to, Some(Party::Union("Vision".into())));
}

#[test]
fn a_start_is_no_due() {
    assert_eq!(
        due_label("Bemanningen ses över från och med vecka 8."),
        None
    );
    assert_eq!(
        due_label("Kontoren slås ihop från och\nmed 2026-09-01."),
        None
    );
    assert_eq!(due_label("Felet ska vara åtgärdat sedan den 2 mars."), None);
    assert_eq!(
        due_label("Ronden görs före påsk.").as_deref(),
        Some("före påsk")
    );
    assert_eq!(due_label("När den är klar tar vi ställning."), None);
}

#[test]
fn follow_ups_additions_and_positions_in_samverkan() {
    let items = read(
        "Punkt 1. Mötets öppnande\nMötet öppnades.\n\nPunkt 2. Uppföljning av föregående protokoll\nSeko frågade vid förra mötet om belysningen i garaget. Per Holm\nredovisade att nya lampor satts upp. Punkten avförs.\nVision har frågat om cykelställen, se punkt 4.\n\nPunkt 3. Samverkan om nya lokaler\nGruppen presenterade ritningarna. Vision önskar att arkivet får ligga kvar i källaren. Det ryms i förslaget.\nSamverkan genomförd i enighet.\n\nPunkt 4. Frågor från arbetstagarorganisationerna\n4.1 Seko (anmäld under mötet) lyfter att vaktmästarna saknar hörselskydd.\nFörvaltningen tar med sig frågan.\nÅtg: köpa in hörselskydd. Ansv: Per Holm. Klart: v. 20\n\n4.2 Saco-S undrar hur friskvården följs upp. Lena Ekdahl svarade att uppföljning sker i maj.\n\nPunkt 5. Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 3, "{items:#?}");
    assert_eq!(questions[0].raised_by, Some(Party::Union("Seko".into())));
    assert_eq!(questions[0].outcome, Outcome::Answered);
    assert_eq!(questions[1].raised_by, Some(Party::Union("Seko".into())));
    assert_eq!(questions[2].raised_by, Some(Party::Union("Saco".into())));
    assert_eq!(questions[2].outcome, Outcome::Answered);
    let promises: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .collect();
    assert_eq!(promises.len(), 1, "{items:#?}");
    assert_eq!(promises[0].to, Some(Party::Union("Seko".into())));
}

#[test]
fn sub_points_of_a_list_followed_up_a_week_number_and_a_heading_glued_without_a_space() {
    let items = read(
        "1. Mötets öppnande\nMötet öppnades.\n2. Åtgärdslistan\nListan gicks igenom.\n2.1 Halkskydd vid lastkajen (SO Seko)\nMattor lagda v. 4. Klar, avförs.\n2.2 Buller i verkstaden (SO Kommunal)\nMätning beställd men inte gjord.\nKvarstår.3. Arbetsmiljö\nKommunal frågade om skyddsskor finns i alla storlekar. Arbetsgivaren svarade att de finns.\n",
    );
    let got: Vec<(Option<&str>, Option<Party>, Outcome)> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .map(|item| {
            (
                item.section.as_deref(),
                item.raised_by.clone(),
                item.outcome,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("2"),
                Some(Party::Union("Seko".into())),
                Outcome::Answered
            ),
            (
                Some("2"),
                Some(Party::Union("Kommunal".into())),
                Outcome::Open
            ),
            (
                Some("3"),
                Some(Party::Union("Kommunal".into())),
                Outcome::Answered
            ),
        ],
        "{items:#?}"
    );
    assert_eq!(items[2].title, "Buller i verkstaden (SO Kommunal)");
}

#[test]
fn an_action_row_under_a_board_matter_is_a_promise_and_a_note_after_it_a_statement() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n",
        "§ 2 Ny växel för kundtjänst, Dnr 2026/0311\nInformation enligt MBL § 19. ",
        "Enhetschefen gick igenom planen för den nya växeln.\n",
        "Åtgärd: utbildning i växeln för alla handläggare. Ansvarig: Maria Lund. Klart: v. 20\n",
        "Protokollsanteckning från Vision: Vision anser att utbildningen behöver ske på arbetstid.\n\n",
        "§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let row = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("the action row");
    assert!(row.text.ends_with("Klart: v. 20"), "{}", row.text);
    assert_eq!(
        row.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("v. 20")
    );
    let note = items
        .iter()
        .find(|i| i.kind == ItemKind::Statement)
        .expect("the note");
    assert_eq!(note.by, Some(Party::Union("Vision".into())));
    assert!(items.iter().any(|i| i.kind == ItemKind::BoardMatter));
}

#[test]
fn a_report_to_a_body_in_a_month_is_due_that_month() {
    assert_eq!(
        due_label("Enkäten återrapporteras till arbetsmiljögruppen i november.").as_deref(),
        Some("november")
    );
    assert_eq!(
        due_label("Lena återrapporterar till rådet i mars 2027.").as_deref(),
        Some("mars 2027")
    );
}

#[test]
fn a_party_that_holds_its_position_but_undertakes_a_follow_up_promises_it() {
    let items = read(concat!(
        "§ 1 Förhandlingens öppnande\nFörhandlingen öppnades.\n\n",
        "§ 2 Nya öppettider i receptionen\nArbetsgivaren föreslår kortare öppettider. ",
        "Vision motsätter sig förslaget.\n",
        "Arbetsgivaren står fast vid förslaget men åtar sig att utvärdera öppettiderna efter fyra månader.\n\n",
        "§ 3 Förhandlingens avslutande\nFörhandlingen avslutades i oenighet.\n",
    ));
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .unwrap_or_else(|| panic!("no promise: {items:?}"));
    assert_eq!(promise.by, Some(Party::Employer));
    assert_eq!(
        promise.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("efter fyra månader")
    );
    assert_eq!(
        due_label("Vi följer upp efter sex månader, det vill säga i mars 2027.").as_deref(),
        Some("mars 2027")
    );
}

#[test]
fn a_point_of_the_balance_list_holds_the_employers_promise_on_it() {
    let items = read(
        "Närvarande\nMarta Lund, avdelningschef\nOla Berg, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n- Vision fråga om parkeringen vid lagret: inget nytt. AG har lovat besked till nästa möte.\n- Vision fråga om skåpen (mars): Marta ser över skåpen och rapporterar på nästa LSG. Kvarstår.\n- Vision fråga om cyklarna: Marta redovisade att ställen är beställda. Klar, avförs.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<(&str, Option<&str>, Option<&Party>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| (i.source_text.as_str(), i.person.as_deref(), i.to.as_ref()))
        .collect();
    assert_eq!(
        promises,
        [
            (
                "AG har lovat besked till nästa möte.",
                None,
                Some(&Party::Union("Vision".into()))
            ),
            (
                "Marta ser över skåpen och rapporterar på nästa LSG.",
                Some("Marta Lund"),
                Some(&Party::Union("Vision".into()))
            ),
        ],
        "{items:#?}"
    );
}

#[test]
fn a_numbered_action_is_read_as_an_action_unless_the_list_struck_it_or_a_union_raised_it() {
    let items = read(
        "Närvarande\nNils Alm, driftchef\nOla Berg, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Åtgärdslistan\nÅtg 4/26: Nya skåp i omklädningsrummet. Ansv: Nils Alm. Skåpen är monterade. Klar – stryks.\nÅtg 6/26: Halkskydd på lastkajen. Ansv: Nils Alm. Offert inväntas. Klart: v. 20.\nÅtg 7/26: Vision har efterfrågat en plan för nattbelysningen. Nils redovisade planen. Avskrivs.\n\n§ 3 Arbetsmiljö\nÅtgärd 2: Byta trasiga stegar i förrådet. Ansv: Nils Alm. Klart: v. 18.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let actions: Vec<(&str, Option<&str>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| (i.title.as_str(), i.person.as_deref()))
        .collect();
    assert_eq!(
        actions,
        [
            ("Halkskydd på lastkajen.", Some("Nils Alm")),
            ("Byta trasiga stegar i förrådet.", Some("Nils Alm")),
        ],
        "{items:#?}"
    );
}

#[test]
fn going_through_something_in_an_answer_or_putting_it_on_the_agenda_is_a_promise() {
    let items = read(
        "Närvarande\nNils Alm, driftchef\nOla Berg, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nVision frågade om det finns en rutin för ensamarbete i pumpstationerna. Nils svarade att rutinen finns men är okänd. Den gås igenom på nästa arbetsplatsträff.\n\n§ 3 Lokaler\nOmbyggnaden av personalrummet gås igenom i maj.\nVision vill att städningen av garaget ses över. Arbetsgivaren svarade att frågan läggs på dagordningen till skyddskommittén den 3 juni.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.source_text.as_str())
        .collect();
    assert_eq!(
        promises,
        [
            "Den gås igenom på nästa arbetsplatsträff.",
            "Arbetsgivaren svarade att frågan läggs på dagordningen till skyddskommittén den 3 juni."
        ],
        "{items:#?}"
    );
}

#[test]
fn the_next_meeting_keeps_its_adjective_in_the_due() {
    assert_eq!(
        due_label("Personalchefen återkopplar vid nästa samlade förhandling.").as_deref(),
        Some("nästa samlade förhandling")
    );
    assert_eq!(
        due_label("Vi ses igen nästa vecka för att gå igenom listan.").as_deref(),
        Some("nästa vecka")
    );
}

#[test]
fn booking_something_in_by_a_when_is_a_promise_also_as_the_answers_second_verb() {
    let items = read(
        "Närvarande\nMaja Berg, enhetschef\nOla Dahl, Kommunal\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nKommunal frågade om personalen kan få en genomgång av det nya larmet. Maja svarade att det går bra och bokar in den på APT i oktober.\n\n§ 3 Skyddsrond\nMaja bokar in en skyddsrond i köket före jul.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<(&str, Option<&str>)> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| (i.source_text.as_str(), i.person.as_deref()))
        .collect();
    assert_eq!(
        promises,
        [
            (
                "Maja svarade att det går bra och bokar in den på APT i oktober.",
                Some("Maja Berg")
            ),
            (
                "Maja bokar in en skyddsrond i köket före jul.",
                Some("Maja Berg")
            ),
        ],
        "{items:#?}"
    );
}

#[test]
fn a_party_that_shall_do_something_by_a_when_promises_it() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Scheman\nArbetsgivaren ska göra en genomgång av nattschemat och redovisa den före jul.\nArbetsgivaren ska vara representerad av två chefer i maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.source_text.as_str())
        .collect();
    assert_eq!(
        promises,
        ["Arbetsgivaren ska göra en genomgång av nattschemat och redovisa den före jul."],
        "{items:#?}"
    );
}

#[test]
fn a_party_opening_a_clause_after_a_comma_does_the_task() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Friskvård\nFriskvårdsbidraget diskuterades. Ingen enighet, arbetsgivaren tar fram ett nytt förslag till mötet i juni.\nIngen enighet, förslaget tas fram av en konsult.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.source_text.as_str())
        .collect();
    assert_eq!(
        promises,
        ["Ingen enighet, arbetsgivaren tar fram ett nytt förslag till mötet i juni."],
        "{items:#?}"
    );
}

/// "Åtgärder: …" in a report lists measures; with no one responsible and no when it is no
/// promise, while "Åtgärd: … Ansvarig: … Klart: …" is.
#[test]
fn measures_listed_without_anyone_responsible_promise_nothing() {
    let items = read(
        "§ 4 Riskbedömning inför sommaren\nChefen redovisade riskbedömningen. Åtgärder: fler vikarier, kortare pass på kvällar.\n\n§ 5 Lokaler\nÅtgärd: fönstren i matsalen byts. Ansvarig: Per Ek. Klart: v. 20.\n\n§ 6 Mötets avslutande\nMötet avslutades.\n",
    );
    let promises: Vec<&str> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.source_text.as_str())
        .collect();
    assert_eq!(promises.len(), 1, "{promises:?}");
    assert!(promises[0].contains("fönstren"), "{promises:?}");
}

/// "NN tar frågan vidare till …" promises to carry the question on.
#[test]
fn taking_the_question_further_is_a_promise() {
    let items = read(
        "§ 3 Övriga frågor\nVision tog upp att personalrummet saknar fönster som går att öppna. Enhetschefen Sara Lind tar frågan vidare till fastighetsförvaltningen.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("commitment");
    assert_eq!(promise.by, Some(Party::Employer));
    assert!(promise.source_text.contains("tar frågan vidare"));
}

/// "… svarade att han ser till att …" in an answer undertakes it, as "ansvarar för att" does.
#[test]
fn seeing_to_it_in_an_answer_is_a_promise() {
    let items = read(
        "§ 3 Arbetsmiljö\nSeko frågade om nattpersonalen fått brandutbildning. Driftchefen svarade att det inte är gjort och att han ser till att alla går utbildningen i maj.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("commitment");
    assert_eq!(promise.by, Some(Party::Employer));
}
