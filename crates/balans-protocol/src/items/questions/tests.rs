//! Tests of questions and their answers: who asks, how a question is signalled and who answers it.

use super::*;
use crate::items::testing::{asked, kinds_parties_outcomes, questions_of, read};
use crate::meeting::read_meeting;

/// An answer in a clause of the asking sentence ("…, där X svarar att …") answers it; a
/// clause where someone only promises to come back does not.
#[test]
fn an_answer_in_a_clause_of_the_question_answers_it() {
    let items = read(
        "1. Mötet öppnas\n\n2. Övriga frågor\nVision ställer en fråga om schemaläggningen i hemtjänsten, varpå enhetschefen Maria Lund svarar direkt att nya scheman gäller från mars.\n\n3. Mötet avslutas\n",
    );
    let q = items
        .iter()
        .find(|i| i.kind == ItemKind::Question)
        .expect("question");
    assert_eq!(q.outcome, Outcome::Answered);
    let items = read(
        "1. Mötet öppnas\n\n2. Övriga frågor\nVision ställer en fråga om schemaläggningen i hemtjänsten, varpå enhetschefen Maria Lund lovar att återkomma.\n\n3. Mötet avslutas\n",
    );
    let q = items
        .iter()
        .find(|i| i.kind == ItemKind::Question)
        .expect("question");
    assert_eq!(q.outcome, Outcome::Open);
}

#[test]
fn question_answer_and_promise_in_an_answer() {
    let items = read(
        "1. Mötet öppnas\n\n2. Övriga frågor\nVision undrar om lokalerna ska byggas om. Arbetsgivaren svarade att det kommer att utredas under våren.\n\n3. Mötet avslutas\n",
    );
    let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::Question, ItemKind::Commitment]);
    let q = &items[0];
    assert_eq!(q.raised_by, Some(Party::Union("Vision".into())));
    assert_eq!(q.addressed_to, Some(Party::Employer));
    assert_eq!(q.outcome, Outcome::Answered);
    let c = &items[1];
    assert_eq!(c.by, Some(Party::Employer));
    assert_eq!(c.to, Some(Party::Union("Vision".into())));
    assert_eq!(
        c.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("under våren")
    );
    assert_eq!(c.belongs_to.as_deref(), Some(q.id.as_str()));
}

#[test]
fn empty_question_headings_create_none_registered_only() {
    let items = read(
        "1. Anmälda frågor\nInga anmälda frågor.\n\n2. Övriga frågor\n-\n\n3. Information\n-\n",
    );
    assert_eq!(items.len(), 2);
    assert!(items.iter().all(|i| i.kind == ItemKind::NoneRegistered));
    assert!(items[1].source_text.contains("Övriga frågor"));
}

/// "Vision: inga frågor." is a party's empty round, not a question; a label before other news
/// ("Ledarna: inga förändringar …") is no such round.
#[test]
fn a_party_with_no_questions_registers_none() {
    let items = read(
        "4. Frågor från facken\nLedarna undrade när nya datorer levereras. Arbetsgivaren svarade att de redan är beställda.\n\nSaco: inga frågor denna gång.\n\n5. Mötet avslutas\n",
    );
    let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::Question, ItemKind::NoneRegistered]);
    let items = read(
        "4. Frågor från facken\nSaco: ingen av oss har fått de nya datorerna, när kommer de?\n\n5. Mötet avslutas\n",
    );
    assert!(items.iter().all(|i| i.kind != ItemKind::NoneRegistered));
}

/// "Skyddsombud Eva Holm, Saco, tog upp X och frågade om …": a named person, with a role
/// before the name and a party beside it, raises a matter and asks.
#[test]
fn a_person_raising_a_matter_and_asking_asks() {
    let items = read(
        "3. Arbetsmiljö\nSkyddsombud Eva Holm, Saco, tog upp bullret i verkstaden och frågade om det finns en mätning. Driftchefen svarade att en mätning gjordes i maj.\n\n4. Mötets avslutande\nMötet avslutades.\n",
    );
    let q = items
        .iter()
        .find(|i| i.kind == ItemKind::Question)
        .expect("question");
    assert_eq!(q.raised_by, Some(Party::Union("Saco".into())));
    assert_eq!(q.outcome, Outcome::Answered);
    let items = read(
        "3. Arbetsmiljö\nOla Berg (Vision) påpekade att brandlarmet i förrådet inte testats och undrade vem som ansvarar.\n\nLisa Ek (Saco) lyfte att dörren till arkivet kärvar och frågade när den lagas.\n\n4. Mötets avslutande\nMötet avslutades.\n",
    );
    let askers: Vec<Option<Party>> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .map(|i| i.raised_by.clone())
        .collect();
    assert_eq!(
        askers,
        [
            Some(Party::Union("Vision".into())),
            Some(Party::Union("Saco".into()))
        ]
    );
}

/// "Vår fråga om …" in the writers' own notes is their question; "… ligger kvar" keeps it
/// open whatever the employer said; "vi kommer att följa utvecklingen" promises nothing.
#[test]
fn our_question_is_the_writers_and_stays_open_when_it_says_so() {
    let items = read(
        "1. Balanslistan\nVår fråga om parkeringen vid depån ligger kvar.\nAG sa att frågan kan strykas. Vi sa nej.\n\n2. Larmen\nVår fråga från oktober om nya larm redovisades: alla larm är utbytta. Frågan avförs, men vi kommer att följa utvecklingen.\n\n3. Mötets avslutande\nMötet avslutades.\n",
    );
    let got: Vec<ItemKind> = items
        .iter()
        .filter(|i| i.kind != ItemKind::BalanceListReview)
        .map(|i| i.kind)
        .collect();
    assert_eq!(got, [ItemKind::Question, ItemKind::Question], "{items:#?}");
    let first = items
        .iter()
        .find(|i| i.kind == ItemKind::Question)
        .expect("question");
    assert_eq!(first.outcome, Outcome::Open);
}

#[test]
fn a_statement_on_a_board_matter_holds_its_own_questions() {
    let items = read(
        "§1 Nämndärenden\nÄrende 3 Ny policy för resor:\n\nVisions yttrande: Vi undrar varför? Vi önskar en utredning.\n\nAnna Berg informerade om tidplanen.\n",
    );
    let kinds: Vec<_> = items.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [ItemKind::BoardMatter, ItemKind::Statement]);
    assert_eq!(items[1].by, Some(Party::Union("Vision".into())));
    assert_eq!(items[1].belongs_to.as_deref(), Some(items[0].id.as_str()));
    assert_eq!(items[0].agenda_label.as_deref(), Some("Ärende 3"));
}

/// A note "anmäld" to the minutes, one a party "önskar anteckna", and one headed
/// "Protokollsanteckning, Party:" are statements by that party.
#[test]
fn statements_announced_wished_or_headed_with_a_comma() {
    let items = read(
        "§ 2 Lokaler\nLedarna anmälde följande protokollsanteckning: Flytten sker för tidigt.\n\n§ 3 Scheman\nVision önskar anteckna till protokollet: Schemat bör prövas i ett år.\n\n§ 4 Fordon\nProtokollsanteckning, Kommunal:\nBilarna räcker inte till hemtjänsten.\n",
    );
    let got: Vec<(ItemKind, Option<Party>)> =
        items.iter().map(|i| (i.kind, i.by.clone())).collect();
    let union = |name: &'static str| (ItemKind::Statement, Some(Party::Union(name.into())));
    assert_eq!(got, [union("Ledarna"), union("Vision"), union("Kommunal")]);
}

/// A union's report from samverkan, written as "vi": points counted and named, questions
/// with the verb before "vi", an answer told in the asking sentence, and "vi lyfte den
/// frågan" explaining a point already read.
#[test]
fn a_unions_report_asks_as_we_and_names_its_registered_points() {
    let items = read(
        "Rapport från samverkan\n\nInför mötet hade Vision anmält tre frågor: schemaläggning i hemtjänsten, friskvårdsbidraget och parkeringen vid stadshuset. Vi lyfte den frågan eftersom många medlemmar hört av sig.\n\nOm övertiden efterfrågade vi, och fick, en sammanställning per enhet.\n\nBeträffande lokalerna tog vi upp bristen på vilrum.\n",
    );
    let questions: Vec<(&str, String, Outcome)> = items
        .iter()
        .map(|i| {
            (
                i.title.as_str(),
                i.raised_by.as_ref().map_or("-".into(), |p| p.to_string()),
                i.outcome,
            )
        })
        .collect();
    assert_eq!(questions.len(), 5, "{questions:?}");
    assert_eq!(questions[0].0, "schemaläggning i hemtjänsten");
    assert_eq!(questions[1].0, "friskvårdsbidraget");
    assert_eq!(questions[2].0, "parkeringen vid stadshuset");
    assert!(items[..3].iter().all(|i| i.pre_registered));
    // "vi" is the one union the report names.
    assert!(questions.iter().all(|q| q.1 == "Vision"), "{questions:?}");
    assert_eq!(questions[3].2, Outcome::Answered);
    assert!(items[3].text.contains("efterfrågade vi"));
    assert_eq!(questions[4].2, Outcome::Open);
    assert!(items[4].text.contains("tog vi upp"));
    // A union's board minutes: "vi" is the union in the title, though others are named.
    let items = read(
        "Protokoll fört vid styrelsemöte i Kommunal sektion Norr 2024-04-02\nNärvarande: Eva Lind, Omar Said\n\n§ 4 Rapport från samverkan\nVi tog upp frågan om delade turer. Vision och Vårdförbundet delar vår bild.\n",
    );
    let question = items
        .iter()
        .find(|i| i.kind == ItemKind::Question)
        .expect("a question");
    assert_eq!(question.raised_by, Some(Party::Union("Kommunal".into())));
    // "Vi kommer att …": the union that wrote the minutes promises.
    let items = read(
        "Rapport\n\nSeko har lämnat ett förslag om nya scheman. Vi kommer att bjuda in medlemmarna till ett möte i mars.\n",
    );
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("a promise");
    assert_eq!(promise.by, Some(Party::Union("Seko".into())));
    assert_eq!(promise.to, Some(Party::Employer));
    // The employer's promise in the union's minutes is owed to that union.
    let items = read(
        "Rapport från samverkan\n\nVision tog upp bemanningen på helgerna. Arbetsgivaren lovade att återkomma med ett förslag i maj.\n",
    );
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .expect("a promise");
    assert_eq!(promise.by, Some(Party::Employer));
    assert_eq!(promise.to, Some(Party::Union("Vision".into())));
    // Points counted but not named, or named fewer than counted, are one question.
    let items = read("Information\n\nSeko hade anmält två punkter inför mötet.\n");
    assert_eq!(items.len(), 1);
    assert!(items[0].pre_registered);
}

/// A point sent in before the meeting as a wish ("hade skickat in ett önskemål om …") is a
/// registered question of the party that sent it.
#[test]
fn a_wish_sent_in_before_the_meeting_is_a_registered_question() {
    let items = read(
        "Rapport\n\nInför mötet hade Vision skickat in ett önskemål om en dialog om semesterplaneringen i hemtjänsten.\n",
    );
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].kind, ItemKind::Question);
    assert_eq!(items[0].raised_by, Some(Party::Union("Vision".into())));
    assert_eq!(items[0].addressed_to, Some(Party::Employer));
    assert!(items[0].pre_registered);
    assert_eq!(items[0].outcome, Outcome::Open);
}

/// Names of three parts ("Anna-Karin Berg Lindqvist", "Per Erik Svensson") are whole in the
/// attendance, as approvers, and as who answers and who promises.
#[test]
fn names_of_three_parts_answer_and_promise() {
    let text = "Förvaltningsgrupp 2025-02-11\nNärvarande:\nArbetsgivare\nAnna-Karin Berg Lindqvist, förvaltningschef\nPer Erik Svensson, HR-chef\nArbetstagare\nEva Lind, Kommunal\n\n§ 1 Val av justerare\nTill justerare valdes Eva Lind och Anna-Karin Berg Lindqvist.\n\n§ 2 Övriga frågor\nEva Lind frågar hur många timvikarier som anställts i vinter.\nAnna-Karin Berg Lindqvist svarar att det är elva.\nPer Erik Svensson återkommer med fördelningen per enhet i april.\n";
    let doc = Doc::parse(text.to_string());
    let meeting = read_meeting(&doc, &mut Vec::new());
    let present: Vec<&str> = meeting
        .present
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(
        present,
        ["Anna-Karin Berg Lindqvist", "Per Erik Svensson", "Eva Lind"]
    );
    let approvers: Vec<&str> = meeting
        .approvers
        .iter()
        .filter_map(|a| a.name.as_deref())
        .collect();
    assert_eq!(approvers, ["Eva Lind", "Anna-Karin Berg Lindqvist"]);
    let items = read(text);
    let question = items.iter().find(|i| i.kind == ItemKind::Question).unwrap();
    let answer = question.answer.as_ref().unwrap();
    assert_eq!(answer.person.as_deref(), Some("Anna-Karin Berg Lindqvist"));
    assert_eq!(question.raised_by, Some(Party::Union("Kommunal".into())));
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .unwrap();
    assert_eq!(promise.person.as_deref(), Some("Per Erik Svensson"));
    assert_eq!(promise.by, Some(Party::Employer));
}

#[test]
fn questions_on_lines_of_their_own_are_answered_by_the_paragraph_below() {
    let items = read(
        "§ 5 Rapport från samverkansmötet\n Hur fördelas vikarierna mellan skolorna i höst?\nVarje rektor får en pott efter antalet elever.\n När börjar den nya skolskjutsen att gå?\nFrågan är inte utredd. Förvaltningen återkommer i september.\n",
    );
    let questions: Vec<_> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[0].outcome, Outcome::Answered);
    // A promise to come back is not an answer.
    assert_eq!(questions[1].outcome, Outcome::Open);
    assert!(
        items
            .iter()
            .any(|i| i.kind == ItemKind::Commitment && i.by == Some(Party::Employer))
    );
    // A rhetorical question inside a paragraph is not one.
    let items =
        read("§ 2 Information\nVad betyder det för oss? Det får framtiden utvisa, sa hon.\n");
    assert!(items.iter().all(|i| i.kind != ItemKind::Question));
}

#[test]
fn questions_of_named_people_and_announced_questions_in_a_joined_page() {
    let items = read(
        "Protokoll arbetsmiljökommittén Punkt 4 Lokaler Lokalgruppen har sett över ventilationen i hus tre. Mätningarna visar normala värden. Anna Ek redovisade sjukfrånvaron för våren. Karl Berg och Eva Lind har önskemål om en ny skyddsrond i verkstaden före jul. Lena Holm tar med sig frågan. Schemat för hösten är klart. Nya datorer har levererats. Bibliotekets öppettider ändras i maj. En fråga angående parkeringen vid entrén togs upp under mötet. Städningen fungerar bättre nu. Punkt 5 Avslutning Mötet avslutas.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:#?}");
    assert!(
        questions[0]
            .source_text
            .contains("Karl Berg och Eva Lind har önskemål om")
    );
    // Its context is the sentences just before it, not the whole page.
    assert!(!questions[0].source_text.contains("ventilationen"));
    assert!(
        questions[1]
            .source_text
            .contains("En fråga angående parkeringen")
    );
    // The promise after the wish is a commitment, not the asker's words.
    assert!(items.iter().any(|i| i.kind == ItemKind::Commitment
        && i.source_text.contains("Lena Holm tar med sig frågan")));
}

#[test]
fn notes_of_two_or_three_words_with_a_question_mark_are_no_questions() {
    assert_eq!(
        asking_clause_words("a. Utredningen Per? i. Är den klar?"),
        3
    );
    assert_eq!(
        asking_clause_words("Vision undrar: hur många tjänster dras in i höst?"),
        9
    );
    let items =
        read("§ 3 Vision informerar\nMedlemsvärvning i höst. Budget? Klar nu? Vision bjuder in.\n");
    assert!(items.iter().all(|i| i.kind != ItemKind::Question));
}

#[test]
fn questions_and_answers_in_many_forms() {
    let items = read(
        "§ 4 Övriga frågor\nKommunal: Hur många vikarier har anställts i år?\nAG: Tolv vikarier har anställts sedan januari.\n\nFråga från skyddsombuden om städningen i köket. Arbetsgivaren svarar att avtalet med städfirman ses över.\n\nVi frågade om lönerevisionen. Svar: Den blir klar i maj.\n",
    );
    let got = kinds_parties_outcomes(&items);
    assert_eq!(
        &got[..3],
        [
            (
                ItemKind::Question,
                "Kommunal".to_string(),
                Outcome::Answered
            ),
            (
                ItemKind::Question,
                "Fackliga organisationerna".to_string(),
                Outcome::Answered
            ),
            // "Vi": the one union these minutes name.
            (
                ItemKind::Question,
                "Kommunal".to_string(),
                Outcome::Answered
            ),
        ],
        "{got:?}"
    );
    assert_eq!(
        items[0].answer.as_ref().map(|a| a.by.clone()),
        Some(Party::Employer)
    );
}

#[test]
fn a_matter_reported_and_taken_off_the_balance_list_is_answered() {
    let items = read(
        "§ 5 Balanslistan\nNy rutin för schemaläggning\n\nVeronica Ek redovisade den nya rutinen som nu gäller i alla enheter. Punkten avförs från balanslistan.\n\nLokalerna på Storgatan\n\nArbetsgivaren återkommer med en tidplan i mars.\n",
    );
    let got: Vec<(ItemKind, Outcome)> = items.iter().map(|i| (i.kind, i.outcome)).collect();
    assert_eq!(
        got,
        [
            (ItemKind::BalanceListReview, Outcome::None),
            (ItemKind::Question, Outcome::Answered),
            (ItemKind::Commitment, Outcome::Open),
        ],
        "{items:?}"
    );
    // Taken off the list at this meeting: it does not stay on it.
    assert!(items[1].carried_over && items[1].struck_off && !items[1].on_balance_list);
    assert!(
        items[1]
            .answer
            .as_ref()
            .is_some_and(|a| a.text.contains("avförs"))
    );
}

#[test]
fn a_second_verb_a_persons_undertaking_a_thing_done_by_then_and_a_written_answer() {
    let items = read(
        "Närvarande\nEva Ström, enhetschef\nOla Berg, Kommunal\n\n§ 3 Arbetsmiljö\nArbetsgivaren tog emot skrivelsen och kommer att lämna ett skriftligt svar senast den 8 maj.\n\nEva Ström ansvarar för att ronden i köket görs före påsk.\n\nKommunal frågade varför larmen inte fungerar. Svar: Eva förklarade att leverantören bytt server och att felanmälningarna ska vara åtgärdade före midsommar.\n\nFrågan om lönetillägg besvaras skriftligen till nästa möte.\n",
    );
    let promises: Vec<Option<&str>> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Commitment)
        .map(|i| i.due.as_ref().and_then(|d| d.label.as_deref()))
        .collect();
    assert_eq!(
        promises,
        [
            Some("senast den 8 maj"),
            Some("före påsk"),
            Some("före midsommar"),
            Some("nästa möte")
        ],
        "{items:#?}"
    );
}

#[test]
fn a_promise_after_a_question_is_owed_to_the_union_that_asked() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nSeko frågade om dammet i verkstaden har mätts.\nFöretaget svarade att ingen mätning gjorts i år.\n\nÅtgärd: Mäta dammhalten i verkstaden\nAnsvarig: Företaget\nKlart: v. 14\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .expect("the action");
    assert_eq!(promise.by, Some(Party::Employer));
    assert_eq!(promise.to, Some(Party::Union("Seko".into())));
    assert_eq!(
        promise.due.as_ref().and_then(|d| d.label.as_deref()),
        Some("v. 14")
    );
}

#[test]
fn a_point_asked_for_earlier_and_written_off_is_a_question_answered_by_the_report() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslista\n2.1 Nya scheman i köket (Kommunal)\nKommunal har efterfrågat nya scheman för köket. Kocken Per Ek\nredovisade att schemat gäller från mars. Punkten kan avskrivas.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Kommunal".into())));
    assert!(question.carried_over);
}

#[test]
fn an_answer_promised_for_the_next_meeting_leaves_the_question_open() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nVårdförbundet undrar om nattpersonalen får gratis parkering. Svar lämnas vid nästa möte.\n\nc. Fråga om bilpoolen 2027: bilarna byts i maj. Frågan anses besvarad.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:#?}");
    assert_eq!(questions[0].outcome, Outcome::Open);
    assert_eq!(questions[1].outcome, Outcome::Answered);
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .expect("the answer promised");
    assert_eq!(promise.to, Some(Party::Union("Vårdförbundet".into())));
    assert!(promise.due.as_ref().is_some_and(|d| d.next_meeting));
}

#[test]
fn listed_points_with_codes_roles_and_names_before_the_asker() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslista\nBalanslistan gicks igenom.\n\nB 12:04 Halkskydd vid entrén\nSO Vision påtalade i höstas att entrén saknar halkskydd. Enligt AG är\nhalkskydd beställt. Punkten står kvar.\n\nB 13:01 Buller i matsalen\nFrågan från Seko om buller i matsalen är inte utredd än.\n\n§ 3 Riskbedömning\nKommunal lämnade följande protokollsanteckning:\n\"Vi vill delta i riskbedömningen.\"\n\nOrdföranden tackade för synpunkten. Planen följs upp i samråd med skyddsombuden till nästa möte.\n\n§ 4 Övriga frågor\nAnna-Lena Berg (SSR) tog upp att cyklarna saknar lås. Eva Ek tar med sig frågan till fastighetsenheten.\n\n§ 5 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 3, "{items:#?}");
    assert_eq!(questions[0].raised_by, Some(Party::Union("Vision".into())));
    assert_eq!(questions[0].outcome, Outcome::Open);
    assert_eq!(questions[1].raised_by, Some(Party::Union("Seko".into())));
    assert_eq!(
        questions[2].raised_by,
        Some(Party::Union("Akademikerförbundet SSR".into()))
    );
    let promises: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .collect();
    assert_eq!(promises.len(), 2, "{items:#?}");
    assert_eq!(promises[0].by, Some(Party::Employer));
    assert!(promises[0].due.as_ref().is_some_and(|d| d.next_meeting));
    assert_eq!(
        promises[1].to,
        Some(Party::Union("Akademikerförbundet SSR".into()))
    );
}

#[test]
fn dialogue_lines_questions_in_the_texts_words_and_delegated_tasks() {
    let items = read(
        "Närvarande:\nKarl Holm, platschef, Företaget\nEva Lind, skyddsombud, Unionen\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Lager\nUnionen vill veta när hyllorna i lagret besiktas.\nKarl: Besiktningen görs i april av leverantören.\n\nUnionen har hört att kvällspassen blir allt längre. Frågan är hur företaget ser på det.\nSvar: Karl Holm har gett skiftledaren i uppdrag att lägga om schemat till årsskiftet.\n\n§ 3 Ekonomi\nFöretaget skickar ut budgeten till alla fack senast 15/3.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:#?}");
    assert_eq!(questions[0].outcome, Outcome::Answered);
    assert_eq!(questions[1].raised_by, Some(Party::Union("Unionen".into())));
    let promises: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Commitment)
        .collect();
    assert_eq!(promises.len(), 2, "{items:#?}");
    assert_eq!(promises[0].to, Some(Party::Union("Unionen".into())));
    assert_eq!(
        promises[0].due.as_ref().and_then(|d| d.label.as_deref()),
        Some("till årsskiftet")
    );
    assert_eq!(promises[1].to, Some(Party::AllUnions));
}

#[test]
fn in_a_unions_minutes_a_member_present_asks_for_the_union() {
    let items = read(
        "Vision Norrby – styrelsemöte\nDatum: 2026-01-20\nNärvarande: Lisa Berg (ordf.), Omar Ali, Pia Lund (sekr.)\n\n1 Mötets öppnande\nLisa öppnade mötet.\n\n2 Rapport från FSG\nAG redogjorde för lokalbehovet. Omar undrade om kontoret ska flytta. AG svarade att inget är beslutat.\n\n3 Mötet avslutas\nLisa avslutade mötet.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Vision".into())));
    assert_eq!(question.outcome, Outcome::Answered);
}

#[test]
fn the_union_unnamed_after_a_unions_question_is_that_union() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Tillbud\nSeko frågade om tillbuden vid lastkajen har utretts. Företaget svarade att två av tre är utredda.\n\nFacket undrar också när det sista blir klart. Företaget svarade att det dröjer till maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{items:#?}");
    assert_eq!(questions[1].raised_by, Some(Party::Union("Seko".into())));
}

#[test]
fn dashed_lines_with_initials_and_a_party_in_brackets_ask() {
    let items = read(
        "Närvarande\nEva Holm (EH), platschef\nOla Berg (OB), Seko\n\n1. Mötets öppnande\n– EH öppnade mötet.\n\n2. Frågor från facket\n– OB (Seko) undrar när ventilationen i verkstaden ses över.\n  EH: filtren byts i mars, hela systemet ses över i maj.\n\n3. Mötets avslutande\n– EH avslutade mötet.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Seko".into())));
    assert_eq!(question.outcome, Outcome::Answered);
}

#[test]
fn the_union_unnamed_among_many_unions_asking_is_all_unions() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Anmälda frågor\nSeko frågar om nya skåp till omklädningsrummet. Arbetsgivaren svarade att skåpen är beställda.\nFacket vill veta hur sommarens semesterväxling ska planeras. Arbetsgivaren svarar att ett förslag kommer att redovisas på nästa möte.\nUnionen undrar när parkeringen asfalteras. Arbetsgivaren svarade att det sker i juni.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 3, "{items:#?}");
    assert_eq!(questions[1].raised_by, Some(Party::AllUnions));
    let promise = items
        .iter()
        .find(|item| item.kind == ItemKind::Commitment)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(promise.to, Some(Party::AllUnions));
}

#[test]
fn initials_with_a_role_ask_a_note_wanted_is_a_statement_and_a_bare_agreement_ends_it() {
    let items = read(
        "Närvarande\nEva Holm (EH), platschef\nOla Berg (OB), Seko, HSO\n\n1. Mötets öppnande\n– EH öppnade mötet.\n\n2. Arbetsmiljö\n– OB (HSO) påtalar att lastkajen saknar räcke.\n  EH: räcke beställs.\n\n3. Samverkan inför beslut – nya skiftider\n– EH presenterade förslaget.\n– OB: Seko stöder förslaget men vill ha anteckning om att raster ska följas upp.\n– Samverkad, parterna eniga. EH beslutar enligt förslaget.\n\n4. Mötets avslutande\n– EH avslutade mötet.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Seko".into())));
    let statement = items
        .iter()
        .find(|item| item.kind == ItemKind::Statement)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(statement.by, Some(Party::Union("Seko".into())));
    assert!(
        items
            .iter()
            .any(|item| item.kind == ItemKind::Negotiation && item.outcome == Outcome::Agreed),
        "{items:#?}"
    );
    assert_eq!(
        items
            .iter()
            .filter(|item| item.kind == ItemKind::Question)
            .count(),
        1,
        "{items:#?}"
    );
}

#[test]
fn notes_wished_for_written_with_a_person_and_told_as_we() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Nattbemanning\nFörslaget presenterades.\nSeko önskar följande anteckning till protokollet: \"Seko anser att nattpasset är för glest bemannat.\"\n\n§ 3 Parkering\nFörslaget presenterades.\nVision (Eva Lind) vill till protokollet anteckna att parkeringen är otillräcklig.\n\n§ 4 Mötets avslutande\nMötet avslutades.\n",
    );
    let by: Vec<Option<Party>> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Statement)
        .map(|item| item.by.clone())
        .collect();
    assert_eq!(
        by,
        [
            Some(Party::Union("Seko".into())),
            Some(Party::Union("Vision".into()))
        ],
        "{items:#?}"
    );
    // A case title a person reads: the note's party and what it is.
    let titles: Vec<&str> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Statement)
        .map(|item| item.title.as_str())
        .collect();
    assert_eq!(titles[0], "Sekos protokollsanteckning", "{items:#?}");
    assert!(
        !items.iter().any(|item| item.kind == ItemKind::Question),
        "{items:#?}"
    );
    let items = read(
        "Seko klubb Hamnen – styrelsemöte\nDatum: 2026-03-02\nNärvarande: Per Ek (ordf.), Lisa Ahl\n\n1 Mötets öppnande\nPer öppnade mötet.\n\n2 Rapport från FSG\n2.1 Ny skiftgång (HAM 2026/31)\nÄrendet förhandlades enligt MBL § 11. Skiftet flyttas en timme.\nVi lämnade en protokollsanteckning om att\nvilotiden blir för kort. Förhandlingen avslutades i oenighet.\n\n3 Mötet avslutas\nPer avslutade mötet.\n",
    );
    let statement = items
        .iter()
        .find(|item| item.kind == ItemKind::Statement)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(statement.by, Some(Party::Union("Seko".into())));
    assert!(
        items
            .iter()
            .any(|item| item.kind == ItemKind::Negotiation
                && item.outcome == Outcome::Disagreement),
        "{items:#?}"
    );
    let matter = items
        .iter()
        .find(|item| item.kind == ItemKind::BoardMatter)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(matter.mbl, Some(Mbl::Negotiation11));
}

#[test]
fn questions_under_a_heading_naming_one_union_are_that_unions() {
    let items = read(
        "1. Mötets öppnande\nMötet öppnades.\n\n2. Frågor inkomna från Seko\n2.1 \"När lagas taket i förrådet?\"\nArbetsgivaren svarar att taket lagas i maj.\n2.2 \"Kommer fler truckar att köpas in under året?\"\nArbetsgivaren svarar att två truckar beställs och att leveransen redovisas på nästa möte.\n\n3. Mötets avslutande\nMötet avslutades.\n",
    );
    let raisers: Vec<Option<Party>> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .map(|item| item.raised_by.clone())
        .collect();
    assert_eq!(
        raisers,
        [
            Some(Party::Union("Seko".into())),
            Some(Party::Union("Seko".into()))
        ],
        "{items:#?}"
    );
}

#[test]
fn a_union_that_has_sent_in_a_question_asks() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\nSeko har inkommit med en fråga om ersättning för resor mellan depåerna. Arbetsgivaren svarade att reglerna ses över.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(question.raised_by, Some(Party::Union("Seko".into())));
}

#[test]
fn a_union_that_wanted_to_know_or_pointed_out_and_asked_for_asks() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Omorganisation\nFörslaget presenterades.\nSeko ville veta om tjänsterna i Ekby flyttas. Arbetsgivaren svarade att de stannar.\n\nUnionen påpekade att lagret inte fått yttra sig och begärde att få ta del av utredningen.\nArbetsgivaren återkommer med utredningen senast den 3 maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let raisers: Vec<Option<Party>> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .map(|item| item.raised_by.clone())
        .collect();
    assert_eq!(
        raisers,
        [
            Some(Party::Union("Seko".into())),
            Some(Party::Union("Unionen".into()))
        ],
        "{items:#?}"
    );
}

#[test]
fn answers_by_a_first_name_an_officer_a_passive_and_a_plain_answer_label() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Frågor\nSeko frågade om tvättstugan i Norrby öppnar igen. Johanna svarade att den öppnar i maj.\n\nLedarna undrar hur introduktionen av nya chefer ska gå till.\nDekanen svarade att ett program tas fram.\n\nVision frågade om friskvårdstimmen gäller timanställda. Svaret var nej.\n\nKommunal undrar hur många raster nattpersonalen får.\nSvar: Rasterna ligger kvar på två per natt som tidigare.\n\nFrågan är om Seko undrar något mer.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let got = questions_of(&items);
    assert_eq!(
        got[..4],
        [
            (Some(Party::Union("Seko".into())), Outcome::Answered),
            (Some(Party::Union("Ledarna".into())), Outcome::Answered),
            (Some(Party::Union("Vision".into())), Outcome::Answered),
            (Some(Party::Union("Kommunal".into())), Outcome::Answered),
        ],
        "{items:#?}"
    );
    // A single word that opens sentences is no one answering.
    let items =
        read("§ 1 Frågor\nSeko frågade om bussen till Norrby går i sommar. Sedan svarade ingen.\n");
    assert_eq!(
        questions_of(&items),
        [(Some(Party::Union("Seko".into())), Outcome::Open)],
        "{items:#?}"
    );
}

#[test]
fn a_question_sent_in_after_a_colon_is_answered_by_the_sentence_after_it() {
    let items = read(
        "§ 4 Frågor från de fackliga organisationerna\nST har anmält följande fråga: Hur planeras bemanningen i receptionen under hösten?\nPersonalchefen svarade att två vikarier anställs.\n",
    );
    let question = items
        .iter()
        .find(|item| item.kind == ItemKind::Question)
        .expect("a question");
    assert!(question.pre_registered);
    assert_eq!(question.outcome, Outcome::Answered, "{items:#?}");
    assert_eq!(
        question.answer.as_ref().map(|a| a.by.clone()),
        Some(Party::Employer)
    );
}

#[test]
fn a_union_asking_in_a_board_matters_text_asks_and_is_answered_there() {
    let items = read(
        "§ 5 Ny taxa för hemtjänsten (KS 2025/311)\nInformation enligt § 19 MBL. Taxan höjs från 1 mars. Kommunal frågade om personalen får utbildning i den nya taxan. Ove svarade att utbildning ges i februari. Ärendet anses informerat.\n",
    );
    assert_eq!(
        questions_of(&items),
        [(Some(Party::Union("Kommunal".into())), Outcome::Answered)],
        "{items:#?}"
    );
    assert!(items.iter().any(|item| item.kind == ItemKind::BoardMatter));
}

#[test]
fn a_union_that_wanted_to_know_after_telling_and_a_union_with_its_member_in_brackets_ask() {
    let items = read(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nVision framförde att skrivarna i Ekby ofta är trasiga och ville veta när nya köps in.\n\nSeko (Bertil) frågade om skyddsskorna räcker hela året.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    assert_eq!(
        questions_of(&items),
        [
            (Some(Party::Union("Vision".into())), Outcome::Open),
            (Some(Party::Union("Seko".into())), Outcome::Open),
        ],
        "{items:#?}"
    );
}

#[test]
fn rows_of_a_balance_list_with_their_asker_in_brackets_and_a_confirmation_below() {
    let items = read(
        "§ 1 Balanslistan\nSkåp i förrådet (§ 9/2025, Seko) – Skåpen är monterade. Kan avskrivas.\nErsättning för kurser (§ 12/2025, Kommunal) – besvarad per mejl 2025-09-12.\nKommunal bekräftar. Avförs från balanslistan.\nParkering vid entrén (§ 14/2025, Vision) – Ärendet utreds. Kvarstår.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|item| item.kind == ItemKind::Question)
        .collect();
    let got: Vec<(Option<Party>, Outcome)> = questions
        .iter()
        .map(|item| (item.raised_by.clone(), item.outcome))
        .collect();
    assert_eq!(
        got,
        [
            (Some(Party::Union("Seko".into())), Outcome::Answered),
            (Some(Party::Union("Kommunal".into())), Outcome::Answered),
            (Some(Party::Union("Vision".into())), Outcome::Open),
        ],
        "{items:#?}"
    );
    assert!(
        questions[1]
            .source_text
            .starts_with("Ersättning för kurser")
    );
}

#[test]
fn askers_with_their_role_beside_or_only_their_role_and_a_request_of_a_union() {
    let items = read(
        "Närvarande\nBo Lund, platschef\nAnna Kron, Seko, HSO\nPer Ahl, Seko, skyddsombud\n\n§ 1 Arbetsmiljö\nPer Ahl, SO verkstaden, frågade varför taket läcker i tvätthallen. Bo Lund svarade att taket lagas i maj.\n\n§ 2 Buller\nHSO undrar när bullret i pannrummet mäts. Bo Lund svarade att mätningen görs i juni.\n\n§ 3 Balanslista\nPunkt 2025-07: Sekos begäran om nya skåp i omklädningsrummet kvarstår. Arbetsgivaren återkommer i höst.\n",
    );
    let got = asked(&items);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|(party, _, _)| party == "Seko"), "{got:?}");
    assert_eq!(got[0].1, Outcome::Answered);
    assert_eq!(got[1].1, Outcome::Answered);
    assert_eq!(got[2].1, Outcome::Open);
}

#[test]
fn a_point_of_a_list_after_one_answered_is_its_own_and_stays_open_while_on_the_list() {
    let items = read(
        "§ 1 Balanslistan\n- Friskvården: Vi påtalade igen att vi saknar besked om bidraget. Eva lovade att återkomma i maj. Punkten har varit på balanslistan sedan januari.\n- Nya stolar i matsalen: avförs, stolarna är levererade.\n\n§ 2 Övrigt\nInget.\n",
    );
    let got = asked(&items);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, Outcome::Open, "{got:?}");
    assert_eq!(got[1].1, Outcome::Answered, "{got:?}");
}

#[test]
fn numbered_points_of_a_list_reported_done_or_staying_each_ask_once() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n",
        "2.1 Skåp i omklädningsrummet. Kommunal hade begärt fler skåp. Ola redovisade att tio skåp är monterade. Punkten avförs.\n\n",
        "2.2 Friskvårdsbidraget. Vision påminde om att frågan legat sedan maj. Utredningen är inte klar. Frågan kvarstår och HR återkommer i juni.\n\n",
        "§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].1),
        ("Kommunal", Outcome::Answered)
    );
    assert_eq!((got[1].0.as_str(), got[1].1), ("Vision", Outcome::Open));
    let promise = items
        .iter()
        .find(|i| i.kind == ItemKind::Commitment)
        .unwrap_or_else(|| panic!("{items:#?}"));
    assert_eq!(promise.to, Some(Party::Union("Vision".into())));
}

#[test]
fn a_question_from_the_safety_representative_and_a_member_raising_a_matter() {
    let items = read(concat!(
        "Närvarande\nKarin Ek, enhetschef\nLars Berg, Seko\nNora Lind, Seko\n\n",
        "Punkt 1 Arbetsmiljö\nFråga från skyddsombudet: Varför är belysningen på lastkajen fortfarande trasig?\n",
        "Karin svarar att elektrikern kommer på måndag.\n\n",
        "Punkt 2 Övrigt\nNora tog upp att kaffemaskinen i fikarummet läcker. Karin tar med sig frågan.\n",
    ));
    let got = asked(&items);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(party, _, _)| party == "Seko"), "{got:?}");
    assert_eq!(got[0].1, Outcome::Answered);
    assert_eq!(got[1].1, Outcome::Open);
}

#[test]
fn labelled_answers_with_a_promise_initials_answering_no_answer_and_a_note_wanted() {
    let items = read(concat!(
        "Närvarande\nKarl Ek (KE), förvaltningschef\nAnna Berg (AB), Vision\n\n",
        "§ 1 Frågor\nVision har inkommit med följande fråga: Får alla handläggare gå kursen i våras?\n",
        "Svar: Kursen är öppen för alla handläggare. HR återkommer med datum till nästa möte.\n\n",
        "Vision har inkommit med följande fråga: Blir det ny lönerevision i höst?\n",
        "Svar: Arbetsgivaren har inget färdigt svar i dag. HR återkommer i maj.\n\n",
        "AB undrade hur sjukfrånvaron ska följas upp. KE svarade att den följs upp varje månad.\n\n",
        "§ 2 Protokollsanteckning\nVision vill ha antecknat att man anser att bemanningen är för låg.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got.iter()
            .map(|(p, o, _)| (p.as_str(), *o))
            .collect::<Vec<_>>(),
        [
            ("Vision", Outcome::Answered),
            ("Vision", Outcome::Open),
            ("Vision", Outcome::Answered)
        ],
        "{got:?}"
    );
}

#[test]
fn a_question_named_and_closed_in_any_section_and_a_role_raising_again() {
    let items = read(concat!(
        "Närvarande\nKarl Ek, platschef\nLisa Holm, IF Metall, skyddsombud\n\n",
        "§ 1 Rapport från samverkan\nIF Metall undrade varför pausrummet stängts. Karl svarade att det renoveras.\n",
        "Frågan om nya skåp i verkstaden är klar: skåpen monterades i april. Den avförs från listan.\n\n",
        "§ 2 Arbetsmiljö\nSkyddsombudet tog även upp att golvet i lagret är halt. Karl tar med sig frågan.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got.iter()
            .map(|(p, o, _)| (p.as_str(), *o))
            .collect::<Vec<_>>(),
        [
            ("IF Metall", Outcome::Answered),
            ("IF Metall", Outcome::Answered),
            ("IF Metall", Outcome::Open)
        ],
        "{got:?}"
    );
}

#[test]
fn a_report_of_what_a_union_asked_for_earlier_answers_its_question() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Personal\n",
        "Eva Ek redovisade övertiden per enhet för hösten, som Vision begärde vid förra mötet. ",
        "Övertiden har minskat med en tredjedel.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got.iter()
            .map(|(p, o, _)| (p.as_str(), *o))
            .collect::<Vec<_>>(),
        [("Vision", Outcome::Answered)],
        "{got:?}"
    );
}

#[test]
fn a_written_question_handed_in_and_a_negotiation_ending_in_a_list() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Balanslistan\n",
        "2.1 Nya rutiner för larm (Vision)\nRutinerna är klara. Kan avskrivas.\n",
        "2.2 Förhandling om ny organisation\nArbetsgivaren vidhöll förslaget. Förhandlingen avslutas i oenighet.\n\n",
        "§ 3 Övrigt\nSeko lämnade in en skriftlig fråga om ersättningen för jour. Frågan besvaras till nästa möte.\n\n",
        "§ 4 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got.iter()
            .map(|(p, o, _)| (p.as_str(), *o))
            .collect::<Vec<_>>(),
        [("Vision", Outcome::Answered), ("Seko", Outcome::Open)],
        "{got:?}"
    );
}

#[test]
fn a_question_carried_on_after_a_first_answer_stays_open() {
    let items = read(concat!(
        "§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Övriga frågor\n",
        "Vision undrar när de nya stolarna levereras till receptionen. ",
        "Arbetsgivaren svarar att beställningen är gjord. Per tar med sig frågan och återkopplar.\n\n",
        "Ledarna undrar om kurserna i höst blir av. Arbetsgivaren svarar att de blir av. ",
        "Per tar med sig frågan om lokaler till fastighet.\n\n",
        "Seko frågar om passagekorten byts ut i år. Arbetsgivaren svarade att korten ",
        "ligger kvar som tidigare.\n\n",
        "§ 3 Mötets avslutande\nMötet avslutades.\n",
    ));
    let got = asked(&items);
    assert_eq!(
        got.iter()
            .map(|(p, o, _)| (p.as_str(), *o))
            .collect::<Vec<_>>(),
        [
            ("Vision", Outcome::Open),
            ("Ledarna", Outcome::Answered),
            ("Seko", Outcome::Answered)
        ],
        "{got:?}"
    );
}

#[test]
fn a_reminder_of_an_earlier_question_under_the_previous_minutes_is_that_question_followed_up() {
    let items = read(
        "Närvarande\nNils Alm, driftchef\nOla Berg, Vision\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Föregående protokoll\nProtokollet från den 4 mars godkändes. Vision påminde om frågan från mars om\nlåsbara skåp i tvätthallen. Nils svarade att skåpen levereras i maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions: Vec<&ItemDraft> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Question)
        .collect();
    assert_eq!(questions.len(), 1, "{items:#?}");
    assert_eq!(questions[0].raised_by, Some(Party::Union("Vision".into())));
    assert!(questions[0].carried_over);
    assert_eq!(questions[0].outcome, Outcome::Answered);
}

#[test]
fn a_speaker_named_by_initials_who_reports_answers_the_question() {
    let items = read(
        "Närvarande för arbetsgivaren var rektor Maja Berg (MB). För arbetstagarna deltog Ola Dahl (OD), Vision.\n\n1. Mötets öppnande\nMötet öppnades.\n\n2. Övriga frågor\nOD frågade om skolgården kan få fler bänkar. MB redovisade att sex bänkar är beställda.\n\n3. Mötets avslutande\nMötet avslutades.\n",
    );
    let questions = questions_of(&items);
    assert_eq!(questions.len(), 1, "{items:#?}");
    assert_eq!(questions[0].1, Outcome::Answered, "{items:#?}");
}

#[test]
fn a_person_who_hands_in_a_written_request_asks_it() {
    let items = read(
        "Närvarande\nBo Lund, platschef\nAnna Kron, Seko, huvudskyddsombud\n\n§ 1 Mötets öppnande\nMötet öppnades.\n\n§ 2 Arbetsmiljö\nAnna Kron, HSO, lämnade den 3 mars en skriftlig begäran om bättre belysning i lagerhallen. Bo Lund svarade att armaturerna byts i maj.\n\n§ 3 Mötets avslutande\nMötet avslutades.\n",
    );
    let questions = questions_of(&items);
    assert_eq!(
        questions,
        [(Some(Party::Union("Seko".into())), Outcome::Answered)],
        "{items:#?}"
    );
}

#[test]
fn minutes_headed_by_a_union_within_an_agency_are_that_unions() {
    let items = read(
        "Seko inom Sjöfartsverket\nAnteckningar från LSG 2026-05-04\n\nNärvarande: Per Ek och Lisa Ahl för Seko, Nina Berg för arbetsgivaren.\n\n1) Arbetsmiljö\nVi frågade om skyddsskorna byts i år. Nina svarade att de byts i juni.\n\n2) Avslutning\nMötet avslutades.\n",
    );
    let questions = questions_of(&items);
    assert_eq!(
        questions,
        [(Some(Party::Union("Seko".into())), Outcome::Answered)],
        "{items:#?}"
    );
}
