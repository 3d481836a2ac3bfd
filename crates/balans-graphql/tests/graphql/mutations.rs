//! Tests of the mutations: each one's effect seen through a follow-up query, and the errors
//! (bad input, unknown ids, broken rules, conflicts, retries) with their codes, storing nothing.

use serde_json::{Value, json};

use super::{empty_schema, ok, run};
use balans_graphql::BalansSchema;

/// What a case mutation returns in these tests.
const CASE: &str = "case { id number version } written { position version duplicate }";
/// What a meeting mutation returns in these tests.
const MEETING: &str = "meeting { id } written { position version duplicate }";
/// What a forum mutation returns in these tests.
const FORUM: &str = "forum { id unions } written { position version duplicate }";

/// Runs `name(input: $input, options: $options) { selection }`; the input type is `<Name>Input`.
async fn call(
    schema: &BalansSchema,
    name: &str,
    input: Value,
    options: Value,
    selection: &str,
) -> (Value, Vec<Value>) {
    let mut input_type: String = name[..1].to_uppercase();
    input_type.push_str(&name[1..]);
    let query = format!(
        "mutation($input: {input_type}Input!, $options: CommandOptions) {{
            {name}(input: $input, options: $options) {{ {selection} }}
        }}"
    );
    let (data, errors) = run(
        schema,
        &query,
        json!({ "input": input, "options": options }),
    )
    .await;
    (data[name].clone(), errors)
}

/// Runs a mutation that must succeed; returns its payload.
async fn mutate(schema: &BalansSchema, name: &str, input: Value, selection: &str) -> Value {
    let (payload, errors) = call(schema, name, input, Value::Null, selection).await;
    assert!(errors.is_empty(), "{name} failed: {errors:#?}");
    payload
}

/// The first error of a response, which must have one.
fn first_error(name: &str, errors: &[Value]) -> Value {
    errors
        .first()
        .cloned()
        .unwrap_or_else(|| panic!("{name} should have failed"))
}

/// Runs a mutation that must fail, checks that it stored nothing, and returns its first error.
async fn refused(schema: &BalansSchema, name: &str, input: Value, options: Value) -> Value {
    let before = event_count(schema).await;
    let (_, errors) = call(schema, name, input, options, "written { position }").await;
    let error = first_error(name, &errors);
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "a message a person can read: {error:#}"
    );
    assert_eq!(event_count(schema).await, before, "{name} stored nothing");
    error
}

/// Checks a refusal's `extensions.code` (and `extensions.rule`, for DOMAIN_RULE).
fn assert_code(error: &Value, code: &str, rule: Option<&str>) {
    assert_eq!(error["extensions"]["code"], code, "{error:#}");
    if let Some(rule) = rule {
        assert_eq!(error["extensions"]["rule"], rule, "{error:#}");
    }
}

/// How many events the log holds.
async fn event_count(schema: &BalansSchema) -> usize {
    let data = ok(
        schema,
        "{ events(first: 500) { edges { cursor } } }",
        json!({}),
    )
    .await;
    data["events"]["edges"].as_array().map_or(0, Vec::len)
}

/// A case as the `case` query gives it.
async fn case(schema: &BalansSchema, id: &str, selection: &str) -> Value {
    let query = format!("query($id: ID!) {{ case(id: $id) {{ {selection} }} }}");
    ok(schema, &query, json!({ "id": id })).await["case"].clone()
}

/// A meeting as the `meeting` query gives it.
async fn meeting(schema: &BalansSchema, id: &str, selection: &str) -> Value {
    let query = format!("query($id: ID!) {{ meeting(id: $id) {{ {selection} }} }}");
    ok(schema, &query, json!({ "id": id })).await["meeting"].clone()
}

/// What a party owes, as the `obligations` query gives it.
async fn owed_by(schema: &BalansSchema, party: &str) -> Value {
    let query = "query($party: String) {
        obligations(owedBy: $party) { caseNumber kind party what commitmentNumber }
    }";
    ok(schema, query, json!({ "party": party })).await["obligations"].clone()
}

fn id_of(payload: &Value, object: &str) -> String {
    payload[object]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{object} id in {payload:#}"))
        .to_string()
}

/// A forum, a meeting of it and a question raised there, all made through mutations.
struct World {
    schema: BalansSchema,
    forum: String,
    meeting: String,
    case: String,
}

impl World {
    async fn new() -> Self {
        let (schema, _) = empty_schema();
        let forum = mutate(
            &schema,
            "createForum",
            json!({
                "organization": "Socialförvaltningen",
                "name": "Förvaltningsgrupp",
                "code": "FG",
                "unions": ["Kommunal", "SACO", "ssr"],
            }),
            FORUM,
        )
        .await;
        let forum = id_of(&forum, "forum");
        let meeting = mutate(
            &schema,
            "scheduleMeeting",
            json!({ "forumId": forum, "date": "2025-05-20", "time": "13:00:00", "place": "Rum 4" }),
            MEETING,
        )
        .await;
        let meeting = id_of(&meeting, "meeting");
        let question = mutate(
            &schema,
            "raiseQuestion",
            json!({
                "forumId": forum,
                "meetingId": meeting,
                "section": "§ 4",
                "title": "Bemanning i sommar",
                "text": "Hur ser bemanningen ut under sommaren?",
                "raisedBy": "Kommunal",
                "addressedTo": "Arbetsgivaren",
            }),
            CASE,
        )
        .await;
        let case = id_of(&question, "case");
        Self {
            schema,
            forum,
            meeting,
            case,
        }
    }

    /// Runs a mutation on the world's question with extra input fields.
    async fn on_case(&self, name: &str, fields: Value) -> Value {
        mutate(&self.schema, name, self.case_input(fields), CASE).await
    }

    /// Runs a mutation on the world's meeting with extra input fields.
    async fn on_meeting(&self, name: &str, fields: Value) -> Value {
        let mut input = json!({ "meetingId": self.meeting });
        merge(&mut input, fields);
        mutate(&self.schema, name, input, MEETING).await
    }

    /// A mutation on the world's question that must fail; returns its first error.
    async fn refused_on_case(&self, name: &str, fields: Value) -> Value {
        refused(&self.schema, name, self.case_input(fields), Value::Null).await
    }

    fn case_input(&self, fields: Value) -> Value {
        let mut input = json!({ "caseId": self.case });
        merge(&mut input, fields);
        input
    }

    async fn case(&self, selection: &str) -> Value {
        case(&self.schema, &self.case, selection).await
    }

    async fn meeting(&self, selection: &str) -> Value {
        meeting(&self.schema, &self.meeting, selection).await
    }
}

fn merge(into: &mut Value, fields: Value) {
    if let (Some(into), Value::Object(fields)) = (into.as_object_mut(), fields) {
        into.extend(fields);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn create_forum_takes_the_given_id_and_reads_union_spellings() {
    let (schema, _) = empty_schema();
    let id = "01JQ8Z5V8J7R3M4N5P6Q7R8S9T";
    let created = mutate(
        &schema,
        "createForum",
        json!({
            "forumId": id,
            "organization": "Hägersten-Älvsjö",
            "name": "Förvaltningsgrupp",
            "code": "FG",
            "unions": ["SACO", "ssr"],
        }),
        FORUM,
    )
    .await;
    assert_eq!(created["forum"]["id"], id);
    assert_eq!(
        created["forum"]["unions"],
        json!(["Saco", "Akademikerförbundet SSR"])
    );
    assert_eq!(created["written"]["version"], 1);
    assert_eq!(created["written"]["duplicate"], false);

    let again = refused(
        &schema,
        "createForum",
        json!({ "forumId": id, "organization": "X", "name": "Y", "code": "Z" }),
        Value::Null,
    )
    .await;
    assert_code(&again, "DOMAIN_RULE", Some("FORUM_EXISTS"));
}

#[tokio::test(flavor = "multi_thread")]
async fn add_union_to_forum_adds_it_once_and_refuses_the_employer() {
    let world = World::new().await;
    let input = json!({ "forumId": world.forum, "union": "vision" });
    let added = mutate(&world.schema, "addUnionToForum", input, FORUM).await;
    assert_eq!(
        added["written"]["version"], 3,
        "created, the case numbered, now the union"
    );
    let forum = ok(
        &world.schema,
        "query($id: ID!) { forum(id: $id) { unions meetings { id } } }",
        json!({ "id": world.forum }),
    )
    .await;
    assert_eq!(
        forum["forum"]["unions"],
        json!(["Kommunal", "Saco", "Akademikerförbundet SSR", "Vision"])
    );
    assert_eq!(forum["forum"]["meetings"][0]["id"], world.meeting.as_str());

    let employer = json!({ "forumId": world.forum, "union": "Arbetsgivaren" });
    let error = refused(&world.schema, "addUnionToForum", employer, Value::Null).await;
    assert_code(&error, "DOMAIN_RULE", Some("NOT_A_UNION"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_meeting_goes_from_schedule_to_published_minutes() {
    let world = World::new().await;
    let fields = "date time place held chair secretary present { name party role }
        absent { name party } approvers { name party } approvalDeadline commentsDeadline
        minutesApprovedOn minutesApprovedBy minutesPublishedOn";

    let moved = world
        .on_meeting(
            "rescheduleMeeting",
            json!({ "date": "2025-05-21", "time": "09:30:00", "place": "Teams" }),
        )
        .await;
    assert_eq!(
        moved["written"]["version"], 2,
        "the meeting stream's version"
    );
    let seen = world.meeting(fields).await;
    assert_eq!(
        (&seen["date"], &seen["time"], &seen["place"]),
        (&json!("2025-05-21"), &json!("09:30:00"), &json!("Teams"))
    );

    world
        .on_meeting(
            "recordAttendance",
            json!({
                "present": [
                    { "name": "Anna Berg", "party": "Arbetsgivaren", "role": "ordförande" },
                    { "name": "Per Ek", "party": "kommunal" },
                ],
                "absent": [{ "party": "SACO" }],
            }),
        )
        .await;
    let seen = world.meeting(fields).await;
    assert_eq!(
        seen["present"],
        json!([
            { "name": "Anna Berg", "party": "Arbetsgivaren", "role": "ordförande" },
            { "name": "Per Ek", "party": "Kommunal", "role": null },
        ])
    );
    assert_eq!(seen["absent"], json!([{ "name": null, "party": "Saco" }]));

    world
        .on_meeting(
            "appointApprovers",
            json!({
                "approvers": [{ "name": "Per Ek", "party": "Kommunal" }, { "party": "ssr" }],
                "deadline": "2025-05-28",
                "commentsDeadline": "2025-05-23T12:00",
            }),
        )
        .await;
    let seen = world.meeting(fields).await;
    assert_eq!(
        seen["approvers"],
        json!([
            { "name": "Per Ek", "party": "Kommunal" },
            { "name": null, "party": "Akademikerförbundet SSR" },
        ])
    );
    assert_eq!(seen["approvalDeadline"], "2025-05-28");
    assert_eq!(
        seen["commentsDeadline"], "2025-05-23T12:00:00+02:00",
        "noon in Stockholm in May"
    );

    let early = refused(
        &world.schema,
        "approveMinutes",
        json!({ "meetingId": world.meeting, "by": ["Per Ek"], "on": "2025-05-27" }),
        Value::Null,
    )
    .await;
    assert_code(&early, "DOMAIN_RULE", Some("MEETING_NOT_HELD"));

    world
        .on_meeting(
            "holdMeeting",
            json!({ "chair": "Anna Berg", "secretary": "Eva Lund" }),
        )
        .await;
    let seen = world.meeting(fields).await;
    assert_eq!(seen["held"], true);
    assert_eq!(
        (&seen["chair"], &seen["secretary"]),
        (&json!("Anna Berg"), &json!("Eva Lund"))
    );

    world
        .on_meeting(
            "approveMinutes",
            json!({ "by": ["Per Ek", "Anna Berg"], "on": "2025-05-27" }),
        )
        .await;
    let published = world
        .on_meeting("publishMinutes", json!({ "on": "2025-05-28" }))
        .await;
    assert_eq!(published["written"]["version"], 7);
    let seen = world.meeting(fields).await;
    assert_eq!(seen["minutesApprovedOn"], "2025-05-27");
    assert_eq!(seen["minutesApprovedBy"], json!(["Per Ek", "Anna Berg"]));
    assert_eq!(seen["minutesPublishedOn"], "2025-05-28");
}

#[tokio::test(flavor = "multi_thread")]
async fn schedule_meeting_returns_the_meeting_streams_version() {
    let world = World::new().await;
    let id = "01JQ8Z5V8J7R3M4N5P6Q7R8S9V";
    let scheduled = mutate(
        &world.schema,
        "scheduleMeeting",
        json!({ "meetingId": id, "forumId": world.forum, "date": "2025-09-02" }),
        MEETING,
    )
    .await;
    assert_eq!(scheduled["meeting"]["id"], id);
    assert_eq!(
        scheduled["written"]["version"], 1,
        "not the forum's version"
    );

    let unknown_forum = json!({ "forumId": "01JQ8Z5V8J7R3M4N5P6Q7R8S9W", "date": "2025-09-02" });
    let error = refused(&world.schema, "scheduleMeeting", unknown_forum, Value::Null).await;
    assert_code(&error, "NOT_FOUND", Some("UNKNOWN_FORUM"));
}

#[tokio::test(flavor = "multi_thread")]
async fn raise_question_numbers_the_case_and_owes_an_answer() {
    let world = World::new().await;
    let seen = world
        .case("number kind status section title raisedBy addressedTo version meetings { id }")
        .await;
    assert_eq!(seen["number"], "FG 2025:1");
    assert_eq!(seen["kind"], "QUESTION");
    assert_eq!(seen["status"], "OPEN");
    assert_eq!(seen["section"], "§ 4");
    assert_eq!(seen["raisedBy"], "Kommunal");
    assert_eq!(seen["addressedTo"], "Arbetsgivaren");
    assert_eq!(seen["version"], 2, "CaseOpened and QuestionRaised");
    assert_eq!(seen["meetings"][0]["id"], world.meeting.as_str());
    let owed = owed_by(&world.schema, "Arbetsgivaren").await;
    assert_eq!(owed[0]["kind"], "ANSWER");
    assert_eq!(owed[0]["caseNumber"], "FG 2025:1");
}

#[tokio::test(flavor = "multi_thread")]
async fn answer_question_settles_the_answer_owed() {
    let world = World::new().await;
    let answered = world
        .on_case(
            "answerQuestion",
            json!({
                "meetingId": world.meeting,
                "by": "Arbetsgivaren",
                "person": "Anna Berg",
                "text": "Bemanningen är klar för juni och juli.",
            }),
        )
        .await;
    assert_eq!(answered["written"]["version"], 3);
    assert_eq!(answered["case"]["version"], 3);

    let seen = world
        .case("status answers { by person text on meetingId } obligations { kind }")
        .await;
    assert_eq!(seen["status"], "ANSWERED");
    assert_eq!(
        seen["answers"],
        json!([{
            "by": "Arbetsgivaren",
            "person": "Anna Berg",
            "text": "Bemanningen är klar för juni och juli.",
            "on": "2025-05-20",
            "meetingId": world.meeting,
        }])
    );
    assert_eq!(seen["obligations"], json!([]));
    assert_eq!(owed_by(&world.schema, "Arbetsgivaren").await, json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_answer_with_a_commitment_is_owed_until_fulfilled_once() {
    let world = World::new().await;
    world
        .on_case(
            "answerQuestion",
            json!({
                "meetingId": world.meeting,
                "by": "Arbetsgivaren",
                "text": "Schemat tas fram.",
                "commitment": {
                    "by": "Arbetsgivaren",
                    "to": "Kommunal",
                    "what": "Återkomma med sommarschemat",
                    "dueLabel": "nästa förvaltningsgrupp",
                },
            }),
        )
        .await;
    let owed = owed_by(&world.schema, "Arbetsgivaren").await;
    assert_eq!(owed.as_array().map(Vec::len), Some(1), "{owed:#}");
    assert_eq!(owed[0]["kind"], "COMMITMENT");
    assert_eq!(owed[0]["commitmentNumber"], 1);
    assert_eq!(owed[0]["what"], "Återkomma med sommarschemat");

    world
        .on_case(
            "fulfilCommitment",
            json!({ "commitment": 1, "note": "Schemat skickat" }),
        )
        .await;
    let seen = world
        .case("commitments { number to dueLabel fulfilledOn } obligations { kind }")
        .await;
    assert_eq!(
        seen["commitments"],
        json!([{
            "number": 1,
            "to": "Kommunal",
            "dueLabel": "nästa förvaltningsgrupp",
            "fulfilledOn": "2025-06-01",
        }]),
        "fulfilled outside a meeting, today"
    );
    assert_eq!(seen["obligations"], json!([]));

    let twice = world
        .refused_on_case("fulfilCommitment", json!({ "commitment": 1 }))
        .await;
    assert_code(&twice, "DOMAIN_RULE", Some("COMMITMENT_ALREADY_FULFILLED"));
    let unknown = world
        .refused_on_case("fulfilCommitment", json!({ "commitment": 9 }))
        .await;
    assert_code(&unknown, "NOT_FOUND", Some("UNKNOWN_COMMITMENT"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_up_owes_an_answer_again() {
    let world = World::new().await;
    world
        .on_case(
            "answerQuestion",
            json!({ "by": "Arbetsgivaren", "text": "Det är löst." }),
        )
        .await;
    world
        .on_case(
            "askFollowUp",
            json!({ "by": "Kommunal", "text": "Gäller det även helgerna?" }),
        )
        .await;
    let seen = world
        .case("status obligations { kind party what } timeline { type }")
        .await;
    assert_eq!(seen["status"], "OPEN");
    assert_eq!(
        seen["obligations"],
        json!([{ "kind": "ANSWER", "party": "Arbetsgivaren", "what": "Gäller det även helgerna?" }])
    );
    assert_eq!(seen["timeline"][3]["type"], "FollowUpAsked");
}

#[tokio::test(flavor = "multi_thread")]
async fn make_and_renew_a_commitment() {
    let world = World::new().await;
    world
        .on_case(
            "makeCommitment",
            json!({
                "by": "Arbetsgivaren",
                "person": "Anna Berg",
                "what": "Ta fram en risbedömning",
                "dueDate": "2025-06-30",
            }),
        )
        .await;
    let seen = world
        .case("commitments { number by person what dueDate renewals postponements }")
        .await;
    assert_eq!(
        seen["commitments"],
        json!([{
            "number": 1,
            "by": "Arbetsgivaren",
            "person": "Anna Berg",
            "what": "Ta fram en risbedömning",
            "dueDate": "2025-06-30",
            "renewals": 0,
            "postponements": 0,
        }])
    );

    world
        .on_case(
            "renewCommitment",
            json!({ "commitment": 1, "dueDate": "2025-08-31", "note": "Semestrar" }),
        )
        .await;
    let seen = world
        .case("commitments { dueDate renewals postponements }")
        .await;
    assert_eq!(
        seen["commitments"],
        json!([{ "dueDate": "2025-08-31", "renewals": 1, "postponements": 1 }])
    );

    let past = world
        .refused_on_case(
            "renewCommitment",
            json!({ "commitment": 1, "dueDate": "2025-01-01" }),
        )
        .await;
    assert_code(&past, "DOMAIN_RULE", Some("DUE_BEFORE_MEETING"));
}

#[tokio::test(flavor = "multi_thread")]
async fn add_to_and_remove_from_the_balance_list() {
    let world = World::new().await;
    let added = world
        .on_case(
            "addToBalanceList",
            json!({ "meetingId": world.meeting, "note": "Följs upp" }),
        )
        .await;
    assert_eq!(added["written"]["version"], 3);
    assert_eq!(world.case("onBalanceList").await["onBalanceList"], true);

    let again = world.refused_on_case("addToBalanceList", json!({})).await;
    assert_code(&again, "DOMAIN_RULE", Some("ALREADY_ON_BALANCE_LIST"));

    world
        .on_case("removeFromBalanceList", json!({ "note": "Klart" }))
        .await;
    assert_eq!(world.case("onBalanceList").await["onBalanceList"], false);

    let not_on = world
        .refused_on_case("removeFromBalanceList", json!({}))
        .await;
    assert_code(&not_on, "DOMAIN_RULE", Some("NOT_ON_BALANCE_LIST"));
}

#[tokio::test(flavor = "multi_thread")]
async fn record_a_discussion_and_a_statement() {
    let world = World::new().await;
    let next = mutate(
        &world.schema,
        "scheduleMeeting",
        json!({ "forumId": world.forum, "date": "2025-06-17" }),
        MEETING,
    )
    .await;
    let next = id_of(&next, "meeting");

    world
        .on_case(
            "recordDiscussion",
            json!({ "meetingId": next, "note": "Kvarstår" }),
        )
        .await;
    let seen = world.case("meetings { id } timeline { type }").await;
    assert_eq!(
        seen["meetings"],
        json!([{ "id": world.meeting }, { "id": next }])
    );
    assert_eq!(seen["timeline"][2]["type"], "Discussed");

    world
        .on_case(
            "recordStatement",
            json!({ "party": "SACO", "kind": "MINUTES_NOTE", "text": "Saco noterar oro." }),
        )
        .await;
    let seen = world.case("statements { party kind text on }").await;
    assert_eq!(
        seen["statements"],
        json!([{
            "party": "Saco",
            "kind": "MINUTES_NOTE",
            "text": "Saco noterar oro.",
            "on": "2025-06-01",
        }])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn register_a_board_matter_and_open_other_cases() {
    let world = World::new().await;
    let matter = mutate(
        &world.schema,
        "registerBoardMatter",
        json!({
            "forumId": world.forum,
            "meetingId": world.meeting,
            "title": "Verksamhetsplan 2026",
            "registryNumber": "SOF 2025/123",
            "mbl": "NEGOTIATION_11",
        }),
        CASE,
    )
    .await;
    assert_eq!(matter["case"]["number"], "FG 2025:2");
    let seen = case(
        &world.schema,
        &id_of(&matter, "case"),
        "kind registryNumber mbl status",
    )
    .await;
    assert_eq!(
        seen,
        json!({
            "kind": "BOARD_MATTER",
            "registryNumber": "SOF 2025/123",
            "mbl": "NEGOTIATION_11",
            "status": "OPEN",
        })
    );

    let id = "01JQ8Z5V8J7R3M4N5P6Q7R8S9X";
    let opened = mutate(
        &world.schema,
        "openCase",
        json!({ "caseId": id, "forumId": world.forum, "kind": "NEGOTIATION", "title": "Ny organisation" }),
        CASE,
    )
    .await;
    assert_eq!(opened["case"]["id"], id);
    let seen = case(&world.schema, id, "kind title openedOn").await;
    assert_eq!(
        seen,
        json!({ "kind": "NEGOTIATION", "title": "Ny organisation", "openedOn": "2025-06-01" })
    );

    let question = refused(
        &world.schema,
        "openCase",
        json!({ "forumId": world.forum, "kind": "QUESTION", "title": "En fråga" }),
        Value::Null,
    )
    .await;
    assert_code(&question, "DOMAIN_RULE", Some("OPENED_BY_OWN_COMMAND"));
}

#[tokio::test(flavor = "multi_thread")]
async fn close_then_reopen_a_case() {
    let world = World::new().await;
    world
        .on_case(
            "closeCase",
            json!({ "meetingId": world.meeting, "resolution": "WITHDRAWN", "note": "Återtagen" }),
        )
        .await;
    let seen = world.case("status resolution obligations { kind }").await;
    assert_eq!(
        seen,
        json!({ "status": "CLOSED", "resolution": "WITHDRAWN", "obligations": [] })
    );

    let answer = world
        .refused_on_case(
            "answerQuestion",
            json!({ "by": "Arbetsgivaren", "text": "Sent svar" }),
        )
        .await;
    assert_code(&answer, "DOMAIN_RULE", Some("CASE_CLOSED"));

    world
        .on_case("reopenCase", json!({ "reason": "Frågan kvarstår" }))
        .await;
    let seen = world.case("status resolution obligations { kind }").await;
    assert_eq!(
        seen,
        json!({ "status": "OPEN", "resolution": null, "obligations": [{ "kind": "ANSWER" }] })
    );

    let open = world
        .refused_on_case("reopenCase", json!({ "reason": "Igen" }))
        .await;
    assert_code(&open, "DOMAIN_RULE", Some("CASE_NOT_CLOSED"));
}

#[tokio::test(flavor = "multi_thread")]
async fn correct_a_case_until_the_minutes_are_approved() {
    let world = World::new().await;
    world
        .on_case(
            "correctCase",
            json!({ "title": "Bemanning sommaren 2025", "raisedBy": "ssr", "reason": "Fel i utkastet" }),
        )
        .await;
    let seen = world.case("title raisedBy text").await;
    assert_eq!(seen["title"], "Bemanning sommaren 2025");
    assert_eq!(seen["raisedBy"], "Akademikerförbundet SSR");
    assert_eq!(seen["text"], "Hur ser bemanningen ut under sommaren?");

    // The model keeps no case's text: it is read from the log, as far as the model asked reaches.
    world
        .on_case(
            "correctCase",
            json!({ "text": "Hur ser bemanningen ut i juli?", "reason": "Fel månad" }),
        )
        .await;
    let now = world.case("text timeline { type }").await;
    assert_eq!(now["text"], "Hur ser bemanningen ut i juli?");
    let then = ok(
        &world.schema,
        "query($id: ID!) { case(id: $id, asOf: \"2025-05-25\") { title text timeline { type } } }",
        json!({ "id": world.case }),
    )
    .await;
    assert_eq!(
        then["case"]["text"], "Hur ser bemanningen ut under sommaren?",
        "as the case read before its corrections"
    );
    assert_ne!(then["case"]["title"], "Bemanning sommaren 2025");
    let steps = |case: &Value| case["timeline"].as_array().map(Vec::len);
    assert_eq!(
        steps(&then["case"]).map(|n| n + 2),
        steps(&now),
        "the two corrections came after"
    );

    let nothing = world
        .refused_on_case("correctCase", json!({ "reason": "Inget" }))
        .await;
    assert_code(&nothing, "DOMAIN_RULE", Some("NOTHING_TO_CORRECT"));

    world.on_meeting("holdMeeting", json!({})).await;
    world
        .on_meeting("approveMinutes", json!({ "on": "2025-05-27" }))
        .await;
    let late = world
        .refused_on_case(
            "correctCase",
            json!({ "title": "Ny", "reason": "För sent" }),
        )
        .await;
    assert_code(&late, "DOMAIN_RULE", Some("MINUTES_ALREADY_APPROVED"));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_case_is_not_found() {
    let world = World::new().await;
    let error = refused(
        &world.schema,
        "answerQuestion",
        json!({ "caseId": "01JQ8Z5V8J7R3M4N5P6Q7R8S9Y", "by": "Arbetsgivaren", "text": "Svar" }),
        Value::Null,
    )
    .await;
    assert_code(&error, "NOT_FOUND", Some("UNKNOWN_CASE"));
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("01JQ8Z5V8J7R3M4N5P6Q7R8S9Y")),
        "{error:#}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_input_is_bad_input() {
    let world = World::new().await;
    let malformed_id = refused(
        &world.schema,
        "answerQuestion",
        json!({ "caseId": "not-a-ulid", "by": "Arbetsgivaren", "text": "Svar" }),
        Value::Null,
    )
    .await;
    // What is neither a ULID nor a case number names no case.
    assert_code(&malformed_id, "NOT_FOUND", None);
    assert!(
        malformed_id["message"]
            .as_str()
            .is_some_and(|m| m.contains("no case not-a-ulid")),
        "{malformed_id:#}"
    );

    let malformed_meeting = world
        .refused_on_case("addToBalanceList", json!({ "meetingId": "2025-05-20" }))
        .await;
    assert_code(&malformed_meeting, "NOT_FOUND", None);

    let empty_party = world
        .refused_on_case("askFollowUp", json!({ "by": "  ", "text": "Och?" }))
        .await;
    assert_code(&empty_party, "BAD_INPUT", None);

    let deadline = refused(
        &world.schema,
        "appointApprovers",
        json!({ "meetingId": world.meeting, "approvers": [], "commentsDeadline": "next friday" }),
        Value::Null,
    )
    .await;
    assert_code(&deadline, "BAD_INPUT", None);
    assert!(
        deadline["message"]
            .as_str()
            .is_some_and(|m| m.contains("commentsDeadline")),
        "{deadline:#}"
    );

    let date = refused(
        &world.schema,
        "rescheduleMeeting",
        json!({ "meetingId": world.meeting, "date": "20 maj" }),
        Value::Null,
    )
    .await;
    assert_code(&date, "BAD_INPUT", None);

    let command_id = refused(
        &world.schema,
        "answerQuestion",
        json!({ "caseId": world.case, "by": "Arbetsgivaren", "text": "Svar" }),
        json!({ "commandId": "retry-1" }),
    )
    .await;
    assert_code(&command_id, "BAD_INPUT", None);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stale_expected_version_is_a_conflict_and_stores_nothing() {
    let world = World::new().await;
    let input = world.case_input(json!({ "by": "Arbetsgivaren", "text": "Svar" }));
    let error = refused(
        &world.schema,
        "answerQuestion",
        input.clone(),
        json!({ "expectedVersion": 1 }),
    )
    .await;
    assert_code(&error, "CONFLICT", None);
    assert_eq!(error["extensions"]["expectedVersion"], 1);
    assert_eq!(error["extensions"]["actualVersion"], 2);
    let seen = world.case("version answers { text }").await;
    assert_eq!(seen, json!({ "version": 2, "answers": [] }));

    let (payload, errors) = call(
        &world.schema,
        "answerQuestion",
        input,
        json!({ "expectedVersion": 2 }),
        CASE,
    )
    .await;
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(payload["written"]["version"], 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_command_id_twice_is_stored_once() {
    let world = World::new().await;
    let input = world.case_input(json!({ "by": "Arbetsgivaren", "text": "Svar" }));
    let options = json!({ "commandId": "01JQ8Z5V8J7R3M4N5P6Q7R8SA0" });
    let (first, errors) = call(
        &world.schema,
        "answerQuestion",
        input.clone(),
        options.clone(),
        CASE,
    )
    .await;
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(first["written"]["duplicate"], false);
    let count = event_count(&world.schema).await;

    let (second, errors) = call(&world.schema, "answerQuestion", input, options, CASE).await;
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(second["written"]["duplicate"], true);
    assert_eq!(second["written"]["position"], first["written"]["position"]);
    assert_eq!(second["written"]["version"], first["written"]["version"]);
    assert_eq!(event_count(&world.schema).await, count);
    let seen = world.case("version answers { text }").await;
    assert_eq!(
        seen,
        json!({ "version": 3, "answers": [{ "text": "Svar" }] })
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_title_is_refused() {
    let world = World::new().await;
    let error = refused(
        &world.schema,
        "raiseQuestion",
        json!({
            "forumId": world.forum,
            "title": "   ",
            "raisedBy": "Vision",
            "addressedTo": "Arbetsgivaren",
        }),
        Value::Null,
    )
    .await;
    assert_code(&error, "DOMAIN_RULE", Some("EMPTY_FIELD"));
    assert_eq!(error["message"], "title must not be empty");
}

/// The mutations, one per domain command, with the payload each returns.
const MUTATIONS: [(&str, &str); 24] = [
    ("createForum", "ForumPayload"),
    ("addUnionToForum", "ForumPayload"),
    ("scheduleMeeting", "MeetingPayload"),
    ("rescheduleMeeting", "MeetingPayload"),
    ("recordAttendance", "MeetingPayload"),
    ("appointApprovers", "MeetingPayload"),
    ("holdMeeting", "MeetingPayload"),
    ("approveMinutes", "MeetingPayload"),
    ("publishMinutes", "MeetingPayload"),
    ("raiseQuestion", "CasePayload"),
    ("registerBoardMatter", "CasePayload"),
    ("openCase", "CasePayload"),
    ("answerQuestion", "CasePayload"),
    ("askFollowUp", "CasePayload"),
    ("makeCommitment", "CasePayload"),
    ("renewCommitment", "CasePayload"),
    ("fulfilCommitment", "CasePayload"),
    ("addToBalanceList", "CasePayload"),
    ("removeFromBalanceList", "CasePayload"),
    ("recordDiscussion", "CasePayload"),
    ("recordStatement", "CasePayload"),
    ("closeCase", "CasePayload"),
    ("reopenCase", "CasePayload"),
    ("correctCase", "CasePayload"),
];

/// Every command has its mutation, taking `input: <Name>Input!` and `options: CommandOptions`.
/// (That every one is described is checked for the whole schema in `schema.rs`.)
#[tokio::test(flavor = "multi_thread")]
async fn every_command_has_a_mutation_with_input_options_and_payload() {
    let (schema, _) = empty_schema();
    let data = ok(
        &schema,
        "{ __schema { mutationType { fields {
            name
            type { ofType { name } }
            args { name type { name ofType { name } } }
        } } } }",
        json!({}),
    )
    .await;
    let all = data["__schema"]["mutationType"]["fields"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // Importing protocols (tests/graphql/imports.rs) and administration (the server's
    // tests/server/admin.rs) have mutations of their own beside the commands.
    let others = [
        "importDraft",
        "commitImport",
        "addPerson",
        "setPassword",
        "setGrants",
        "removePerson",
        "createApiToken",
        "revokeApiToken",
    ];
    let (other_fields, fields): (Vec<Value>, Vec<Value>) = all
        .into_iter()
        .partition(|f| others.contains(&f["name"].as_str().unwrap_or_default()));
    assert_eq!(other_fields.len(), others.len());
    let found: Vec<(String, String)> = fields
        .iter()
        .map(|f| {
            let name = f["name"].as_str().unwrap_or_default().to_string();
            let payload = f["type"]["ofType"]["name"].as_str().unwrap_or_default();
            (name, payload.to_string())
        })
        .collect();
    let expected: Vec<(String, String)> = MUTATIONS
        .iter()
        .map(|(name, payload)| (name.to_string(), payload.to_string()))
        .collect();
    assert_eq!(found, expected);
    for (field, (name, _)) in fields.iter().zip(MUTATIONS) {
        let input_type = format!("{}{}Input", name[..1].to_uppercase(), &name[1..]);
        assert_eq!(
            field["args"],
            json!([
                { "name": "input", "type": { "name": null, "ofType": { "name": input_type } } },
                { "name": "options", "type": { "name": "CommandOptions", "ofType": null } },
            ]),
            "{name}"
        );
    }
}

/// A misspelt union is refused with the name it was probably meant to be, in Swedish beside the
/// English, and nothing is stored; once the union is added to the forum, it is accepted.
#[tokio::test(flavor = "multi_thread")]
async fn a_union_outside_the_forum_is_refused_with_a_suggestion() {
    let world = World::new().await;
    let raise =
        r#"mutation($input: RaiseQuestionInput!) { raiseQuestion(input: $input) { case { id } } }"#;
    let input = |party: &str| {
        json!({ "input": {
            "forumId": world.forum,
            "title": "Parkering",
            "raisedBy": party,
            "addressedTo": "Arbetsgivaren",
        }})
    };
    let (_, errors) = crate::run(&world.schema, raise, input("Kommunl")).await;
    let error = errors.first().expect("refused");
    assert_eq!(error["extensions"]["rule"], "UNKNOWN_PARTY", "{error:#}");
    assert!(
        error["extensions"]["messageSv"]
            .as_str()
            .is_some_and(|sv| sv.contains("Menade du Kommunal?")),
        "{error:#}"
    );
    let cases = ok(&world.schema, "{ cases { totalCount } }", json!({})).await;
    assert_eq!(cases["cases"]["totalCount"], 1, "nothing stored");

    // Vision is a real union, but not one of this forum's until it is added.
    let (_, errors) = crate::run(&world.schema, raise, input("Vision")).await;
    assert_eq!(errors[0]["extensions"]["rule"], "UNKNOWN_PARTY");
    ok(
        &world.schema,
        r#"mutation($forum: ID!) { addUnionToForum(input: { forumId: $forum, union: "Vision" }) { forum { unions } } }"#,
        json!({ "forum": world.forum }),
    )
    .await;
    ok(&world.schema, raise, input("Vision")).await;
}

/// A client that lost the response sends the same command id again and gets the first result,
/// even where deciding the command again would be refused: the question it raised exists, the
/// case it closed is closed, the version it expected has moved on.
#[tokio::test(flavor = "multi_thread")]
async fn a_retried_command_returns_its_first_result_where_it_would_now_be_refused() {
    let world = World::new().await;
    let raise = json!({
        "forumId": world.forum,
        "meetingId": world.meeting,
        "title": "Parkering",
        "raisedBy": "Kommunal",
        "addressedTo": "Arbetsgivaren",
    });
    let options = json!({ "commandId": "01JQ8Z5V8J7R3M4N5P6Q7R8SA1", "expectedVersion": 0 });
    let (first, errors) = call(
        &world.schema,
        "raiseQuestion",
        raise.clone(),
        options.clone(),
        CASE,
    )
    .await;
    assert!(errors.is_empty(), "{errors:#?}");
    let count = event_count(&world.schema).await;
    let (again, errors) = call(&world.schema, "raiseQuestion", raise, options, CASE).await;
    assert!(errors.is_empty(), "a retry is no new question: {errors:#?}");
    assert_eq!(again["written"]["duplicate"], true);
    assert_eq!(again["case"]["id"], first["case"]["id"], "the same case");
    assert_eq!(again["written"]["version"], first["written"]["version"]);
    assert_eq!(event_count(&world.schema).await, count);

    let close = world.case_input(json!({ "meetingId": world.meeting, "resolution": "WITHDRAWN" }));
    let version = world.case("version").await["version"].clone();
    let options = json!({ "commandId": "01JQ8Z5V8J7R3M4N5P6Q7R8SA2", "expectedVersion": version });
    let (first, errors) = call(
        &world.schema,
        "closeCase",
        close.clone(),
        options.clone(),
        CASE,
    )
    .await;
    assert!(errors.is_empty(), "{errors:#?}");
    let (again, errors) = call(&world.schema, "closeCase", close, options, CASE).await;
    assert!(
        errors.is_empty(),
        "not CASE_CLOSED nor CONFLICT: {errors:#?}"
    );
    assert_eq!(again["written"]["duplicate"], true);
    assert_eq!(again["written"]["position"], first["written"]["position"]);
}

/// A command id used before for another command is refused, saying so, and nothing is stored:
/// reporting the first command's success would claim a write that did not happen.
#[tokio::test(flavor = "multi_thread")]
async fn a_command_id_reused_for_another_command_is_refused() {
    let world = World::new().await;
    let options = json!({ "commandId": "01JQ8Z5V8J7R3M4N5P6Q7R8SA3" });
    let (_, errors) = call(
        &world.schema,
        "recordDiscussion",
        world.case_input(json!({ "meetingId": world.meeting, "note": "Diskuterades" })),
        options.clone(),
        CASE,
    )
    .await;
    assert!(errors.is_empty(), "{errors:#?}");
    let error = refused(
        &world.schema,
        "closeCase",
        world.case_input(json!({ "meetingId": world.meeting, "resolution": "WITHDRAWN" })),
        options,
    )
    .await;
    assert_eq!(
        error["extensions"]["code"], "COMMAND_ID_REUSED",
        "{error:#}"
    );
    assert_eq!(world.case("status").await["status"], "OPEN", "still open");
}
