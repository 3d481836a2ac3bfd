//! Tests of the queries on the two seed meetings: who owes what, time travel, cases, the balance list, the agenda, stats.

use std::sync::Arc;

use balans_app::CommandMeta;
use balans_app::scenario::{self, Aliases};
use balans_graphql::{BalansSchema, Runtime};
use serde_json::{Value, json};

use crate::{empty_schema, error_code, ok};

/// A schema over the two seed meetings, loaded from the demo scenario files.
async fn demo_schema() -> (BalansSchema, Arc<Runtime>) {
    let (schema, runtime) = empty_schema();
    let mut aliases = Aliases::default();
    for name in [
        "2023-09-20-socialforvaltningen-fg.jsonl",
        "2025-01-14-hagersten-alvsjo-fg.jsonl",
    ] {
        let path = format!(
            "{}/../../tests/fixtures/demo/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("the demo file");
        let commands = scenario::parse(&text, &mut aliases)
            .expect("parses")
            .into_iter()
            .map(|line| line.command)
            .collect();
        runtime
            .execute_batch(commands, CommandMeta::local("demo"))
            .expect("the demo loads");
    }
    (schema, runtime)
}

async fn forum_id(schema: &BalansSchema, code: &str) -> String {
    let data = ok(schema, "{ forums { id code } }", json!({})).await;
    data["forums"]
        .as_array()
        .expect("forums")
        .iter()
        .find(|f| f["code"] == code)
        .and_then(|f| f["id"].as_str())
        .expect("the forum")
        .to_string()
}

const OBLIGATIONS: &str = r#"query($owedBy: String, $asOf: AsOf, $overdue: Boolean) {
  obligations(owedBy: $owedBy, asOf: $asOf, overdue: $overdue) {
    caseNumber party person to kind what since dueLabel dueDate daysWaiting overdue
    case { title status }
  }
}"#;

fn find<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array()
        .expect("a list")
        .iter()
        .find(|item| item[key] == value)
        .unwrap_or_else(|| panic!("no item with {key} = {value} in {list:#}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_unions_owe_the_answer_promised_for_the_next_forum_meeting() {
    let (schema, _) = demo_schema().await;
    for owed_by in ["Fackliga organisationerna", "Kommunal", "vision"] {
        let data = ok(&schema, OBLIGATIONS, json!({ "owedBy": owed_by })).await;
        let promise = find(&data["obligations"], "dueLabel", "nästa förvaltningsgrupp");
        assert_eq!(promise["party"], "Fackliga organisationerna", "{owed_by}");
        assert_eq!(promise["kind"], "COMMITMENT");
        assert_eq!(promise["to"], "Arbetsgivaren");
        assert_eq!(
            promise["dueDate"],
            Value::Null,
            "no next meeting is scheduled yet"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_employer_owes_ssr_the_winter_commitment_overdue_only_after_february() {
    let (schema, _) = demo_schema().await;
    let winter = |data: &Value| find(&data["obligations"], "dueLabel", "under vintern").clone();
    let february = ok(
        &schema,
        OBLIGATIONS,
        json!({ "owedBy": "Arbetsgivaren", "asOf": "2025-02-01" }),
    )
    .await;
    let item = winter(&february);
    assert_eq!(item["to"], "Akademikerförbundet SSR");
    assert_eq!(item["dueDate"], "2025-02-28");
    assert_eq!(item["overdue"], false);
    assert_eq!(item["daysWaiting"], 18);
    let march = ok(
        &schema,
        OBLIGATIONS,
        json!({ "owedBy": "ARBETSGIVAREN", "asOf": "2025-03-01" }),
    )
    .await;
    assert_eq!(winter(&march)["overdue"], true);
    let overdue_only = ok(
        &schema,
        OBLIGATIONS,
        json!({ "asOf": "2025-03-01", "overdue": true }),
    )
    .await;
    assert!(
        overdue_only["obligations"]
            .as_array()
            .expect("list")
            .iter()
            .all(|o| o["overdue"] == true)
    );
    // A date-time works too, and before the meeting nothing of it was owed.
    let before = ok(
        &schema,
        OBLIGATIONS,
        json!({ "owedBy": "Arbetsgivaren", "asOf": "2025-01-13T12:00:00+01:00" }),
    )
    .await;
    assert!(
        before["obligations"]
            .as_array()
            .expect("list")
            .iter()
            .all(|o| o["since"] != "2025-01-14")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_carried_over_kommunal_questions_of_2025_01_14_are_answered() {
    let (schema, _) = demo_schema().await;
    let forum = forum_id(&schema, "FG-HÄ").await;
    let data = ok(
        &schema,
        r#"query($forum: ID) {
          cases(filter: { forumId: $forum, raisedBy: "Kommunal", kind: QUESTION }, first: 50) {
            totalCount
            edges { node { number status carriedOver answers { text } obligations { kind } } }
          }
        }"#,
        json!({ "forum": forum }),
    )
    .await;
    let carried: Vec<&Value> = data["cases"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| &e["node"])
        .filter(|n| n["carriedOver"] == true)
        .collect();
    assert_eq!(carried.len(), 3);
    for case in carried {
        assert!(!case["answers"].as_array().expect("answers").is_empty());
        let owed = case["obligations"].as_array().expect("list");
        assert!(owed.iter().all(|o| o["kind"] != "ANSWER"), "{case:#}");
        // An answer that promised to come back ("kommande utbildningar") leaves the case open
        // (it needs follow-up) until the promise is kept.
        let status = if owed.is_empty() { "ANSWERED" } else { "OPEN" };
        assert_eq!(case["status"], status, "{case:#}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forums_and_meetings_carry_attendance_approvers_and_their_cases() {
    let (schema, _) = demo_schema().await;
    let forum = forum_id(&schema, "FG-HÄ").await;
    let data = ok(
        &schema,
        r#"query($id: ID!) { forum(id: $id) { organization name unions meetings {
            id date time place chair present { name party role } absent { name party }
            approvers { name party } approvalDeadline cases { number } } } }"#,
        json!({ "id": forum }),
    )
    .await;
    let meeting = &data["forum"]["meetings"][0];
    assert_eq!(meeting["date"], "2025-01-14");
    assert_eq!(meeting["place"], "Paddan");
    assert_eq!(meeting["chair"], "Lee Orberson");
    assert_eq!(meeting["present"].as_array().expect("present").len(), 18);
    assert_eq!(meeting["absent"][0]["party"], "Vårdförbundet");
    assert_eq!(meeting["absent"][0]["name"], Value::Null);
    assert_eq!(meeting["approvers"].as_array().expect("approvers").len(), 7);
    assert_eq!(meeting["approvalDeadline"], "2025-01-17");
    assert!(meeting["cases"].as_array().expect("cases").len() > 20);
    let by_id = ok(
        &schema,
        "query($id: ID!) { meeting(id: $id) { date forum { code } } }",
        json!({ "id": meeting["id"] }),
    )
    .await;
    assert_eq!(by_id["meeting"]["forum"]["code"], "FG-HÄ");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_case_has_its_timeline_and_the_meetings_where_it_appeared() {
    let (schema, _) = demo_schema().await;
    let data = ok(
        &schema,
        r#"{ cases(filter: { text: "HOT- OCH VÅLD" }) { edges { node { id number } } } }"#,
        json!({}),
    )
    .await;
    let node = &data["cases"]["edges"][0]["node"];
    let case = ok(
        &schema,
        r#"query($id: ID!) { case(id: $id) {
            number kind status version
            timeline { type summary occurredAt recordedBy meeting { date } }
            meetings { date }
            commitments { number dueLabel dueDate overdue }
        } }"#,
        json!({ "id": node["id"] }),
    )
    .await;
    let case = &case["case"];
    let types: Vec<&str> = case["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|t| t["type"].as_str().expect("type"))
        .collect();
    assert_eq!(
        types,
        [
            "CaseOpened",
            "QuestionRaised",
            "AnswerGiven",
            "CommitmentMade"
        ]
    );
    assert_eq!(
        case["timeline"][2]["summary"]
            .as_str()
            .map(|s| s.starts_with("Svar från Arbetsgivaren")),
        Some(true)
    );
    assert_eq!(case["timeline"][0]["meeting"]["date"], "2025-01-14");
    assert_eq!(case["meetings"], json!([{ "date": "2025-01-14" }]));
    assert_eq!(case["version"], 4);
    assert_eq!(case["commitments"][0]["dueDate"], "2025-02-28");
    // By number too.
    let by_number = ok(
        &schema,
        "query($id: ID!) { case(id: $id) { id } }",
        json!({ "id": node["number"] }),
    )
    .await;
    assert_eq!(by_number["case"]["id"], node["id"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn cases_page_with_cursors_and_count_the_total() {
    let (schema, _) = demo_schema().await;
    let query = r#"query($after: String) { cases(first: 10, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { number } } } }"#;
    let first = ok(&schema, query, json!({})).await;
    let total = first["cases"]["totalCount"].as_u64().expect("count");
    assert!(total > 25);
    assert_eq!(first["cases"]["pageInfo"]["hasNextPage"], true);
    let mut seen: Vec<String> = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = ok(&schema, query, json!({ "after": after })).await;
        for edge in page["cases"]["edges"].as_array().expect("edges") {
            seen.push(edge["node"]["number"].as_str().expect("number").to_string());
        }
        if page["cases"]["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["cases"]["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen.len() as u64, total);
    seen.dedup();
    assert_eq!(seen.len() as u64, total, "no case twice");
}

#[tokio::test(flavor = "multi_thread")]
async fn cases_sort_by_a_column_in_swedish_order_across_pages() {
    let (schema, _) = demo_schema().await;
    let query = r#"query($after: String, $by: CaseSortField!, $descending: Boolean) {
        cases(first: 7, after: $after, orderBy: { by: $by, descending: $descending }) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { number title status } } } }"#;
    let pages = |by: &'static str, descending: bool| {
        let schema = schema.clone();
        async move {
            let mut rows: Vec<Value> = Vec::new();
            let mut after = Value::Null;
            loop {
                let vars = json!({ "after": after, "by": by, "descending": descending });
                let page = ok(&schema, query, vars).await;
                rows.extend(
                    page["cases"]["edges"]
                        .as_array()
                        .expect("edges")
                        .iter()
                        .map(|e| e["node"].clone()),
                );
                if page["cases"]["pageInfo"]["hasNextPage"] != true {
                    break;
                }
                after = page["cases"]["pageInfo"]["endCursor"].clone();
            }
            rows
        }
    };
    let by_title = pages("TITLE", false).await;
    assert!(by_title.len() > 20, "the demo has more than three pages");
    let titles: Vec<&str> = by_title
        .iter()
        .map(|n| n["title"].as_str().expect("title"))
        .collect();
    // Swedish order by the first letter: a to z, then å, ä, ö, whatever the letter case.
    let alphabet: Vec<char> = "abcdefghijklmnopqrstuvwxyzåäö".chars().collect();
    let initial = |title: &str| -> usize {
        let first = title
            .chars()
            .find(|c| c.is_alphanumeric())
            .and_then(|c| c.to_lowercase().next())
            .expect("a letter");
        alphabet
            .iter()
            .position(|&letter| letter == first)
            .unwrap_or(0)
    };
    let initials: Vec<usize> = titles.iter().map(|t| initial(t)).collect();
    assert!(initials.is_sorted(), "{titles:#?}");
    let descending = pages("TITLE", true).await;
    let mut reversed: Vec<&str> = descending
        .iter()
        .map(|n| n["title"].as_str().expect("title"))
        .collect();
    reversed.reverse();
    assert_eq!(reversed.len(), titles.len());
    // Open cases first when sorted by status ("avslutat", "besvarat", "öppet" descending).
    let by_status = pages("STATUS", true).await;
    assert_eq!(by_status[0]["status"], "OPEN");
    assert_eq!(by_status.last().expect("a case")["status"], "CLOSED");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_balance_list_before_and_after_a_meeting_differs_as_the_events_say() {
    let (schema, runtime) = demo_schema().await;
    let forum = forum_id(&schema, "FG-HÄ").await;
    let case = ok(
        &schema,
        r#"{ cases(filter: { text: "rusta chefer" }) { edges { node { id } } } }"#,
        json!({}),
    )
    .await["cases"]["edges"][0]["node"]["id"]
        .as_str()
        .expect("an id")
        .to_string();
    // A later meeting puts the open question on the balance list.
    let meeting = ulid::Ulid::generate();
    let forum_ulid: balans_domain::ForumId = forum.parse().expect("id");
    let case_ulid: balans_domain::CaseId = case.parse().expect("id");
    runtime
        .execute_batch(
            vec![
                balans_domain::Command::ScheduleMeeting {
                    meeting: balans_domain::MeetingId(meeting),
                    forum: forum_ulid,
                    date: jiff::civil::date(2025, 2, 11),
                    time: None,
                    place: None,
                },
                balans_domain::Command::AddToBalanceList {
                    case: case_ulid,
                    meeting: Some(balans_domain::MeetingId(meeting)),
                    note: None,
                },
            ],
            CommandMeta::local("test"),
        )
        .expect("accepted");
    let query = r#"query($forum: ID!, $meeting: ID, $when: BeforeOrAfter, $asOf: AsOf) {
        balanceList(forum: $forum, atMeeting: $meeting, when: $when, asOf: $asOf) {
          cases { id } added { id } removed { id } carriedOver { id } previousMeeting { date } } }"#;
    let after = ok(
        &schema,
        query,
        json!({ "forum": forum, "meeting": meeting.to_string(), "when": "AFTER" }),
    )
    .await;
    assert_eq!(after["balanceList"]["cases"], json!([{ "id": case }]));
    assert_eq!(after["balanceList"]["added"], json!([{ "id": case }]));
    assert_eq!(
        after["balanceList"]["previousMeeting"]["date"],
        "2025-01-14"
    );
    let before = ok(
        &schema,
        query,
        json!({ "forum": forum, "meeting": meeting.to_string(), "when": "BEFORE" }),
    )
    .await;
    assert_eq!(before["balanceList"]["cases"], json!([]));
    let past = ok(
        &schema,
        query,
        json!({ "forum": forum, "asOf": "2025-02-01" }),
    )
    .await;
    assert_eq!(past["balanceList"]["cases"], json!([]));
    let now = ok(&schema, query, json!({ "forum": forum })).await;
    assert_eq!(now["balanceList"]["cases"], json!([{ "id": case }]));
    // The agenda of the next meeting carries it, and the unions' promise is now due then.
    let agenda = ok(
        &schema,
        r#"query($forum: ID!) { agenda(forum: $forum) { nextMeeting { date } balanceList { id }
            openQuestions { caseNumber } commitmentsDue { dueLabel dueDate }
            boardMattersAwaitingOutcome { registryNumber } } }"#,
        json!({ "forum": forum }),
    )
    .await;
    // The clock says 2025-06-01, after the meeting: the agenda has no next meeting, and the
    // promise due at the February meeting is overdue.
    assert_eq!(agenda["agenda"]["nextMeeting"], Value::Null);
    assert_eq!(agenda["agenda"]["balanceList"], json!([{ "id": case }]));
    let due = find(
        &agenda["agenda"]["commitmentsDue"],
        "dueLabel",
        "nästa förvaltningsgrupp",
    );
    assert_eq!(due["dueDate"], "2025-02-11");
    assert_eq!(
        agenda["agenda"]["boardMattersAwaitingOutcome"],
        json!([{ "registryNumber": "Ds 2024:29" }])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn stats_count_by_party() {
    let (schema, _) = demo_schema().await;
    let data = ok(
        &schema,
        r#"{ stats { parties { party questionsOpen questionsAnswered commitmentsOpen
            daysToAnswer { samples median p90 } } waiting { case { number } meetingsWaited } } }"#,
        json!({}),
    )
    .await;
    let employer = find(&data["stats"]["parties"], "party", "Arbetsgivaren");
    assert_eq!(employer["questionsAnswered"], 16);
    assert_eq!(
        employer["daysToAnswer"]["median"], 0,
        "the seed questions were answered at once"
    );
    assert!(employer["commitmentsOpen"].as_u64().expect("count") >= 6);
}

#[tokio::test(flavor = "multi_thread")]
async fn stats_asked_for_durations_alone_give_the_same_parties_and_durations() {
    let (schema, _) = demo_schema().await;
    let durations = "party daysToAnswer { samples median p90 } daysToFulfil { samples median p90 }";
    for arguments in ["", "(from: \"2025-01-01\")"] {
        let alone = ok(
            &schema,
            &format!("{{ stats{arguments} {{ parties {{ {durations} }} }} }}"),
            json!({}),
        )
        .await;
        let whole = ok(
            &schema,
            &format!(
                "{{ stats{arguments} {{ parties {{ questionsOpen {durations} }} waiting {{ meetingsWaited }} }} }}"
            ),
            json!({}),
        )
        .await;
        let parties = whole["stats"]["parties"].as_array().expect("parties");
        assert!(!parties.is_empty());
        let without_counts: Vec<serde_json::Value> = parties
            .iter()
            .map(|party| {
                let mut party = party.clone();
                party
                    .as_object_mut()
                    .expect("an object")
                    .remove("questionsOpen");
                party
            })
            .collect();
        assert_eq!(
            alone["stats"]["parties"],
            json!(without_counts),
            "{arguments}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_raw_log_pages_over_global_positions() {
    let (schema, _) = demo_schema().await;
    let query = r#"query($after: String) { events(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { position type stream } } } }"#;
    let first = ok(&schema, query, json!({})).await;
    assert_eq!(first["events"]["edges"][0]["node"]["position"], 1);
    assert_eq!(first["events"]["edges"][0]["node"]["type"], "ForumCreated");
    let second = ok(
        &schema,
        query,
        json!({ "after": first["events"]["pageInfo"]["endCursor"] }),
    )
    .await;
    assert_eq!(second["events"]["edges"][0]["node"]["position"], 101);
    assert_eq!(second["events"]["pageInfo"]["hasNextPage"], false);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_arguments_get_codes_that_name_the_problem() {
    let (schema, _) = demo_schema().await;
    let (code, message) =
        error_code(&schema, r#"{ case(id: "not-an-id") { id } }"#, json!({})).await;
    assert_eq!(code, "NOT_FOUND");
    assert!(message.contains("no case not-an-id"), "{message}");
    let (code, _) = error_code(
        &schema,
        r#"{ case(id: "01JH0000000000000000000000") { id } }"#,
        json!({}),
    )
    .await;
    assert_eq!(code, "NOT_FOUND");
    let (code, message) = error_code(
        &schema,
        r#"{ obligations(asOf: "1 mars") { what } }"#,
        json!({}),
    )
    .await;
    assert_eq!(code, "BAD_INPUT");
    assert!(message.contains("is not a date"), "{message}");
    let (code, _) = error_code(
        &schema,
        r#"{ obligations(owedBy: "  ") { what } }"#,
        json!({}),
    )
    .await;
    assert_eq!(code, "BAD_INPUT");
    let (code, _) = error_code(
        &schema,
        "{ cases(first: 100000) { totalCount } }",
        json!({}),
    )
    .await;
    assert_eq!(code, "BAD_INPUT");
    let levels = 8;
    let deep = format!(
        "{{ forums {}{{ id }}{} }}",
        "{ meetings { forum ".repeat(levels),
        " } }".repeat(levels)
    );
    let (code, message) = error_code(&schema, &deep, json!({})).await;
    assert_eq!(code, "QUERY_TOO_DEEP", "{message}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dashboard_pages_through_who_owes_what_with_its_count_in_one_request() {
    let (schema, _) = demo_schema().await;
    let whole = ok(
        &schema,
        "{ obligations(asOf: \"2025-03-01\") { caseNumber kind what } }",
        json!({}),
    )
    .await["obligations"]
        .as_array()
        .expect("list")
        .clone();
    assert!(whole.len() >= 4, "the seeds owe several things");
    let page = |first: usize, offset: usize| {
        format!(
            "{{ obligationCount(asOf: \"2025-03-01\") \
             obligations(asOf: \"2025-03-01\", first: {first}, offset: {offset}) {{ caseNumber kind what }} }}"
        )
    };
    let mut paged = Vec::new();
    let mut offset = 0;
    while offset < whole.len() {
        let data = ok(&schema, &page(3, offset), json!({})).await;
        assert_eq!(data["obligationCount"], whole.len());
        let items = data["obligations"].as_array().expect("list");
        assert!(!items.is_empty() && items.len() <= 3);
        paged.extend(items.iter().cloned());
        offset += 3;
    }
    assert_eq!(
        paged, whole,
        "the pages put together are the whole list, in order"
    );
    let past_the_end = ok(&schema, &page(3, whole.len() + 1), json!({})).await;
    assert_eq!(past_the_end["obligations"], json!([]));

    let overdue = ok(
        &schema,
        "{ obligationCount(owedBy: \"Arbetsgivaren\", asOf: \"2025-03-01\", overdue: true) \
         obligations(owedBy: \"Arbetsgivaren\", asOf: \"2025-03-01\", overdue: true) { dueLabel } }",
        json!({}),
    )
    .await;
    assert_eq!(
        overdue["obligationCount"],
        overdue["obligations"].as_array().expect("list").len()
    );
    assert!(
        overdue["obligationCount"].as_u64() >= Some(1),
        "the winter promise is overdue"
    );

    for (query, named) in [
        ("{ obligations(first: 0) { kind } }", "first"),
        ("{ obligations(first: 501) { kind } }", "first"),
        ("{ obligations(first: 5, offset: -1) { kind } }", "offset"),
        ("{ obligationCount(owedBy: \"  \") }", "party"),
    ] {
        let (code, message) = error_code(&schema, query, json!({})).await;
        assert_eq!(code, "BAD_INPUT", "{query}");
        assert!(message.contains(named), "{query}: {message}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn time_travel_shares_one_fold_per_instant_until_the_log_moves() {
    let (_, runtime) = demo_schema().await;
    let instant = balans_read::end_of_day(jiff::civil::date(2025, 3, 1));
    let first = runtime.as_of(instant).await.expect("folds");
    let again = runtime.as_of(instant).await.expect("folds");
    assert!(Arc::ptr_eq(&first, &again), "one fold for the same instant");
    let earlier = balans_read::end_of_day(jiff::civil::date(2025, 1, 1));
    let other = runtime.as_of(earlier).await.expect("folds");
    assert!(!Arc::ptr_eq(&first, &other));
    assert!(other.position < first.position);

    // A write moves the log's head: the past is folded again and sees the new forum (a forum's
    // own stream counts whatever the instant).
    let forum = balans_domain::ForumId(ulid::Ulid::from_parts(7, 7));
    runtime
        .execute(
            balans_domain::Command::CreateForum {
                forum,
                organization: "Kulturförvaltningen".into(),
                name: "Förvaltningsgrupp".into(),
                code: "KF".into(),
                unions: Vec::new(),
            },
            CommandMeta::local("test"),
        )
        .expect("created");
    let after_write = runtime.as_of(earlier).await.expect("folds");
    assert!(after_write.forums.contains_key(&forum));
    assert!(
        !other.forums.contains_key(&forum),
        "a model already handed out stays as it was"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_past_of_one_forum_reads_as_the_past_of_all_of_them() {
    let (schema, _) = demo_schema().await;
    let forums = ok(&schema, "{ forums { id code } }", json!({})).await["forums"]
        .as_array()
        .expect("forums")
        .iter()
        .map(|f| {
            let text = |key: &str| f[key].as_str().expect("a string").to_string();
            (text("id"), text("code"))
        })
        .collect::<Vec<_>>();
    assert_eq!(forums.len(), 2);
    const OWED: &str = r#"query($forum: ID, $asOf: AsOf) {
      obligations(forum: $forum, asOf: $asOf) { caseNumber kind what dueDate overdue daysWaiting case { status forum { id } } }
      cases(filter: { forumId: $forum }, asOf: $asOf, first: 500) { totalCount edges { node { number status onBalanceList } } }
    }"#;
    for as_of in [
        "2023-09-19",
        "2023-09-20",
        "2024-06-01",
        "2025-01-14",
        "2025-03-01",
    ] {
        let all = ok(&schema, OWED, json!({ "asOf": as_of })).await;
        for (forum, code) in &forums {
            let one = ok(&schema, OWED, json!({ "forum": forum, "asOf": as_of })).await;
            let of_forum: Vec<&Value> = all["obligations"]
                .as_array()
                .expect("list")
                .iter()
                .filter(|o| o["case"]["forum"]["id"] == forum.as_str())
                .collect();
            let listed: Vec<&Value> = one["obligations"]
                .as_array()
                .expect("list")
                .iter()
                .collect();
            assert_eq!(listed, of_forum, "{forum} as of {as_of}");
            let numbers = |data: &Value| {
                data["cases"]["edges"]
                    .as_array()
                    .expect("edges")
                    .iter()
                    .map(|e| e["node"].clone())
                    .collect::<Vec<_>>()
            };
            let prefix = format!("{code} ");
            let from_all: Vec<Value> = numbers(&all)
                .into_iter()
                .filter(|c| c["number"].as_str().is_some_and(|n| n.starts_with(&prefix)))
                .collect();
            assert_eq!(numbers(&one), from_all, "{forum} as of {as_of}");
        }
        let (code, _) = error_code(
            &schema,
            "{ case(id: \"XX 2099:1\", asOf: \"2025-03-01\") { title } }",
            json!({}),
        )
        .await;
        assert_eq!(code, "NOT_FOUND");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn plain_fields_resolve_as_their_resolvers_do() {
    let (schema, _) = demo_schema().await;
    let fields = "number: caseNumber __typename caseNumber party person to kind commitmentNumber \
                  what since dueLabel dueDate daysWaiting overdue";
    // A fragment sends a list down async-graphql's own path, field by field.
    let own_path = "... on Obligation { overdue }";
    for (owed_by, as_of) in [
        ("Arbetsgivaren", "2025-03-01"),
        ("Fackliga organisationerna", "2025-03-01"),
        ("Arbetsgivaren", "2023-10-01"),
    ] {
        let variables = json!({ "owedBy": owed_by, "asOf": as_of });
        let query = |selection: &str| {
            format!(
                "query($owedBy: String, $asOf: AsOf) {{ \
                   obligations(owedBy: $owedBy, asOf: $asOf) {{ {selection} }} \
                   agenda: obligations(owedBy: $owedBy, asOf: $asOf) {{ case {{ obligations {{ {selection} }} }} }} }}"
            )
        };
        // The response's text, which keeps the order of each object's keys.
        let text = |query: String| {
            let request = async_graphql::Request::new(query)
                .variables(async_graphql::Variables::from_json(variables.clone()));
            let schema = &schema;
            async move {
                let response = balans_graphql::execute(schema, request).await;
                assert!(response.errors.is_empty(), "{:?}", response.errors);
                serde_json::to_string(&response.data).expect("serializes")
            }
        };
        let before = balans_graphql::plain::plain_lists_resolved();
        let plain = text(query(fields)).await;
        assert!(
            balans_graphql::plain::plain_lists_resolved() > before,
            "the plain path was not taken"
        );
        let generic = text(query(&format!("{fields} {own_path}"))).await;
        assert_eq!(plain, generic, "{owed_by} as of {as_of}");

        let plain: Value = serde_json::from_str(&plain).expect("JSON");
        let items = plain["obligations"].as_array().expect("a list");
        assert!(!items.is_empty(), "{owed_by} owes something as of {as_of}");
        assert!(items.iter().all(|item| item["__typename"] == "Obligation"));
        assert!(
            items
                .iter()
                .all(|item| item["number"] == item["caseNumber"])
        );
        assert!(generic.starts_with(r#"{"obligations":[{"number":"#));
    }
    // Both kinds, and optional fields both set and null, are among what was compared.
    let all = ok(
        &schema,
        &format!("{{ obligations(asOf: \"2025-03-01\") {{ {fields} }} }}"),
        json!({}),
    )
    .await;
    let items = all["obligations"].as_array().expect("a list");
    for field in ["commitmentNumber", "dueDate", "dueLabel", "to"] {
        assert!(
            items.iter().any(|item| item[field].is_null()),
            "{field} null"
        );
        assert!(
            items.iter().any(|item| !item[field].is_null()),
            "{field} set"
        );
    }
    for kind in ["ANSWER", "COMMITMENT"] {
        assert!(items.iter().any(|item| item["kind"] == kind), "{kind}");
    }
}

/// What the employer owes Kommunal: owed to Kommunal itself, and owed to the unions together in
/// a forum where Kommunal is one of them. The promise without a date ("kommande utbildningar")
/// is among it, never overdue, and marked as without a date.
#[tokio::test(flavor = "multi_thread")]
async fn what_is_owed_to_a_union_includes_what_is_owed_to_the_unions_together() {
    let (schema, _) = demo_schema().await;
    let data = ok(
        &schema,
        r#"{ obligations(owedTo: "Kommunal", asOf: "2025-03-01") {
            caseNumber kind party to dueLabel overdue undated }
            all: obligationCount(owedTo: "Fackliga organisationerna", asOf: "2025-03-01")
            kommunal: obligationCount(owedTo: "Kommunal", asOf: "2025-03-01") }"#,
        json!({}),
    )
    .await;
    let owed = data["obligations"].as_array().expect("list");
    let numbers: Vec<&str> = owed
        .iter()
        .filter_map(|o| o["caseNumber"].as_str())
        .collect();
    assert!(numbers.contains(&"FG-HÄ 2025:2"), "{owed:#?}");
    assert!(numbers.contains(&"FG-HÄ 2025:11"), "{owed:#?}");
    assert!(
        owed.iter()
            .all(|o| o["to"] == "Kommunal" || o["to"] == "Fackliga organisationerna"),
        "{owed:#?}"
    );
    let training = owed
        .iter()
        .find(|o| o["dueLabel"] == "kommande utbildningar")
        .expect("the promise of trainings to come");
    assert_eq!(training["overdue"], false);
    assert_eq!(training["undated"], true);
    assert!(
        !owed.iter().any(|o| o["to"] == "Akademikerförbundet SSR"),
        "what is owed to another union is not Kommunal's: {owed:#?}"
    );
    assert!(data["all"].as_u64() >= data["kommunal"].as_u64());
    assert_eq!(data["kommunal"].as_u64(), Some(owed.len() as u64));
}

/// A late promise made in an answer is a late commitment, not a late question; promises without
/// a date are counted apart, and the agenda carries them.
#[tokio::test(flavor = "multi_thread")]
async fn a_late_promise_is_no_late_question_and_undated_promises_reach_stats_and_agenda() {
    let (schema, _) = demo_schema().await;
    let forum = forum_id(&schema, "FG-HÄ").await;
    let data = ok(
        &schema,
        r#"query($forum: ID!) {
            stats(forum: $forum, asOf: "2025-03-01") { parties { party questionsOpen questionsOverdue commitmentsOverdue commitmentsUndated } }
            agenda(forum: $forum) { commitmentsUndated { caseNumber dueLabel } }
        }"#,
        json!({ "forum": forum }),
    )
    .await;
    let employer = data["stats"]["parties"]
        .as_array()
        .expect("parties")
        .iter()
        .find(|p| p["party"] == "Arbetsgivaren")
        .expect("the employer's row");
    assert_eq!(employer["questionsOverdue"], 0, "{employer:#}");
    assert_eq!(
        employer["commitmentsOverdue"], 1,
        "\"under vintern\" ran out at the end of February: {employer:#}"
    );
    assert_eq!(
        employer["commitmentsUndated"], 2,
        "\"kommande utbildningar\" and \"kommande texter\": {employer:#}"
    );
    let mut undated: Vec<&str> = data["agenda"]["commitmentsUndated"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|o| o["dueLabel"].as_str())
        .collect();
    undated.sort_unstable();
    assert_eq!(undated, ["kommande texter", "kommande utbildningar"]);
}

/// A dashboard's counts in one query: per forum, per party asked, and per party that asked.
#[tokio::test(flavor = "multi_thread")]
async fn stats_count_per_forum_and_time_answers_per_party_that_asked() {
    let (schema, _) = demo_schema().await;
    let data = ok(
        &schema,
        r#"{ stats(asOf: "2025-03-01") {
            forums { forum { code } casesOpen questionsOpen answersOwed commitmentsOpen commitmentsOverdue commitmentsUndated }
            askers { party questionsAsked questionsAnswered daysToAnswer { samples median } }
        } }"#,
        json!({}),
    )
    .await;
    let forums = data["stats"]["forums"].as_array().expect("forums");
    let row = |code: &str| {
        forums
            .iter()
            .find(|f| f["forum"]["code"] == code)
            .unwrap_or_else(|| panic!("no row for {code}: {forums:#?}"))
    };
    let hägersten = row("FG-HÄ");
    assert_eq!(hägersten["answersOwed"], 1, "{hägersten:#}");
    assert_eq!(hägersten["commitmentsOverdue"], 1, "{hägersten:#}");
    assert_eq!(hägersten["commitmentsUndated"], 2, "{hägersten:#}");
    assert!(
        hägersten["casesOpen"].as_u64() >= hägersten["questionsOpen"].as_u64(),
        "{hägersten:#}"
    );
    // Each forum's row agrees with the forum's list of who owes what.
    for row in forums {
        let owed = ok(
            &schema,
            r#"query($forum: ID!) { obligations(forum: $forum, asOf: "2025-03-01") { kind overdue undated } }"#,
            json!({ "forum": forum_id(&schema, row["forum"]["code"].as_str().expect("code")).await }),
        )
        .await;
        let owed = owed["obligations"].as_array().expect("list");
        let count = |keep: &dyn Fn(&Value) -> bool| owed.iter().filter(|o| keep(o)).count();
        let commitment = |o: &Value| o["kind"] == "COMMITMENT";
        assert_eq!(
            row["answersOwed"],
            count(&|o| o["kind"] == "ANSWER"),
            "{row:#}"
        );
        assert_eq!(row["commitmentsOpen"], count(&commitment), "{row:#}");
        assert_eq!(
            row["commitmentsOverdue"],
            count(&|o| commitment(o) && o["overdue"] == true),
            "{row:#}"
        );
        assert_eq!(
            row["commitmentsUndated"],
            count(&|o| commitment(o) && o["undated"] == true),
            "{row:#}"
        );
    }

    let askers = data["stats"]["askers"].as_array().expect("askers");
    let kommunal = askers
        .iter()
        .find(|a| a["party"] == "Kommunal")
        .expect("Kommunal asked");
    assert!(kommunal["questionsAsked"].as_u64() >= kommunal["questionsAnswered"].as_u64());
    assert_eq!(
        kommunal["daysToAnswer"]["samples"], kommunal["questionsAnswered"],
        "{kommunal:#}"
    );
}

/// A query's cost counts what its lists return and what its time travel folds: many aliases of
/// a large page, or many instants of the past, are refused before anything is read.
#[tokio::test(flavor = "multi_thread")]
async fn large_pages_and_many_instants_cost_what_they_return_and_fold() {
    let (schema, _) = demo_schema().await;
    let pages: String = (0..20)
        .map(|n| format!("e{n}: events(first: 500) {{ edges {{ node {{ payload }} }} }} "))
        .collect();
    let (code, _) = error_code(&schema, &format!("{{ {pages} }}"), json!({})).await;
    assert_eq!(code, "QUERY_TOO_COMPLEX");
    let instants: String = (1..=28)
        .map(|day| format!("d{day}: obligationCount(asOf: \"2025-02-{day:02}\") "))
        .collect();
    let (code, _) = error_code(&schema, &format!("{{ {instants} }}"), json!({})).await;
    assert_eq!(code, "QUERY_TOO_COMPLEX");
    // A dashboard's few instants and one page are fine.
    ok(
        &schema,
        r#"{ a: obligationCount(asOf: "2025-02-01") b: obligationCount(asOf: "2025-03-01")
             events(first: 500) { edges { node { position } } } }"#,
        json!({}),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn arguments_take_case_numbers_forum_codes_and_meetings_by_date() {
    let (schema, _) = demo_schema().await;
    let forum = forum_id(&schema, "FG-HÄ").await;
    for reference in [
        "FG-HÄ 2025:5",
        "fg-hä 2025:5",
        "FG-HA 2025:5",
        " fg-ha  2025:5 ",
    ] {
        let data = ok(
            &schema,
            "query($id: ID!) { case(id: $id) { number } }",
            json!({ "id": reference }),
        )
        .await;
        assert_eq!(data["case"]["number"], "FG-HÄ 2025:5", "{reference}");
    }
    for reference in ["FG-HÄ", "fg-ha", forum.as_str()] {
        let data = ok(
            &schema,
            "query($id: ID!) { forum(id: $id) { id } }",
            json!({ "id": reference }),
        )
        .await;
        assert_eq!(data["forum"]["id"], forum.as_str(), "{reference}");
    }
    for reference in [
        "FG-HÄ 2025-01-14",
        "fg-ha 14/1 2025",
        "FG-HÄ 14 januari 2025",
    ] {
        let data = ok(
            &schema,
            "query($id: ID!) { meeting(id: $id) { date forum { code } } }",
            json!({ "id": reference }),
        )
        .await;
        assert_eq!(data["meeting"]["date"], "2025-01-14", "{reference}");
        assert_eq!(data["meeting"]["forum"]["code"], "FG-HÄ", "{reference}");
    }

    // Filters give the same answers by code as by id.
    let by_code = ok(
        &schema,
        r#"{ obligationCount(forum: "FG-HA", asOf: "2025-03-01")
             cases(filter: { forumId: "fg-hä", meetingId: "FG-HÄ 2025-01-14" }) { totalCount }
             balanceList(forum: "FG-HÄ", atMeeting: "FG-HÄ 2025-01-14") { cases { number } }
             agenda(forum: "FG-HÄ") { openQuestions { caseNumber } } }"#,
        json!({}),
    )
    .await;
    let by_id = ok(
        &schema,
        r#"query($forum: ID!, $meeting: ID!) {
             obligationCount(forum: $forum, asOf: "2025-03-01")
             cases(filter: { forumId: $forum, meetingId: $meeting }) { totalCount }
             balanceList(forum: $forum, atMeeting: $meeting) { cases { number } }
             agenda(forum: $forum) { openQuestions { caseNumber } } }"#,
        json!({ "forum": forum, "meeting": meeting_id(&schema, "FG-HÄ 2025-01-14").await }),
    )
    .await;
    assert_eq!(by_code, by_id);
    assert!(
        by_code["cases"]["totalCount"].as_u64() > Some(0),
        "{by_code:#}"
    );
}

async fn meeting_id(schema: &BalansSchema, reference: &str) -> String {
    let data = ok(
        schema,
        "query($id: ID!) { meeting(id: $id) { id } }",
        json!({ "id": reference }),
    )
    .await;
    data["meeting"]["id"].as_str().expect("an id").to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn what_names_nothing_is_not_found_with_the_closest_match_in_english_and_swedish() {
    let (schema, _) = demo_schema().await;
    for (query, english, swedish) in [
        (
            r#"{ case(id: "FG-HA 2025:55") { id } }"#,
            "no case FG-HA 2025:55; did you mean FG-HÄ 2025:5?",
            "Det finns inget ärende FG-HA 2025:55. Menade du FG-HÄ 2025:5?",
        ),
        (
            r#"{ forum(id: "FG-HX") { id } }"#,
            "no forum FG-HX; did you mean FG-HÄ?",
            "Det finns ingen samverkansgrupp FG-HX. Menade du FG-HÄ?",
        ),
        (
            r#"{ meeting(id: "fg-ha 2025-01-15") { id } }"#,
            "no meeting FG-HÄ 2025-01-15; did you mean FG-HÄ 2025-01-14?",
            "Det finns inget möte FG-HÄ 2025-01-15. Menade du FG-HÄ 2025-01-14?",
        ),
        (
            r#"{ case(id: "not-an-id") { id } }"#,
            "no case not-an-id (write it as FG-HÄ 2025:5 or give its id)",
            "Det finns inget ärende not-an-id. Skriv till exempel FG-HÄ 2025:5 eller ange id:t.",
        ),
    ] {
        let (_, errors) = crate::run(&schema, query, json!({})).await;
        let error = errors.first().unwrap_or_else(|| panic!("{query} fails"));
        assert_eq!(error["extensions"]["code"], "NOT_FOUND", "{error:#}");
        assert_eq!(error["message"], english, "{error:#}");
        assert_eq!(error["extensions"]["messageSv"], swedish, "{error:#}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn mutations_take_case_numbers_and_meetings_by_date() {
    let (schema, _) = demo_schema().await;
    let data = ok(
        &schema,
        r#"mutation {
             raiseQuestion(input: { forumId: "FG-HA", meetingId: "FG-HÄ 2025-01-14",
                 title: "Parkering", raisedBy: "Kommunal", addressedTo: "Arbetsgivaren" }) {
               case { number meetings { date } }
             }
             recordDiscussion(input: { caseId: "fg-ha 2025:5", meetingId: "FG-HÄ 14/1 2025",
                 note: "Togs upp igen" }) {
               case { number }
             }
           }"#,
        json!({}),
    )
    .await;
    assert_eq!(
        data["raiseQuestion"]["case"]["meetings"][0]["date"],
        "2025-01-14"
    );
    assert_eq!(data["recordDiscussion"]["case"]["number"], "FG-HÄ 2025:5");

    let (_, errors) = crate::run(
        &schema,
        r#"mutation { addToBalanceList(input: { caseId: "FG-HÄ 2025:55" }) { case { id } } }"#,
        json!({}),
    )
    .await;
    assert_eq!(
        errors[0]["message"],
        "no case FG-HÄ 2025:55; did you mean FG-HÄ 2025:5?"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn times_are_swedish_with_offset_and_dates_are_read_as_swedes_write_them() {
    let (schema, _) = demo_schema().await;
    let data = ok(
        &schema,
        r#"{ events(first: 1) { edges { node { occurredAt recordedAt } } }
             case(id: "FG-HÄ 2025:5") { timeline { occurredAt } } }"#,
        json!({}),
    )
    .await;
    let node = &data["events"]["edges"][0]["node"];
    for time in [
        &node["occurredAt"],
        &node["recordedAt"],
        &data["case"]["timeline"][0]["occurredAt"],
    ] {
        let time = time.as_str().expect("a time");
        assert!(
            time.ends_with("+01:00") || time.ends_with("+02:00"),
            "{time} is in Swedish time"
        );
    }
    assert_eq!(
        data["case"]["timeline"][0]["occurredAt"],
        "2025-01-14T13:00:00+01:00"
    );

    let deadline = ok(
        &schema,
        r#"mutation { appointApprovers(input: { meetingId: "FG-HÄ 2025-01-14", approvers: [],
               deadline: "21 jan 2025", commentsDeadline: "2025-06-20T12:00" }) {
             meeting { approvalDeadline commentsDeadline } } }"#,
        json!({}),
    )
    .await;
    let meeting = &deadline["appointApprovers"]["meeting"];
    assert_eq!(meeting["approvalDeadline"], "2025-01-21");
    assert_eq!(meeting["commentsDeadline"], "2025-06-20T12:00:00+02:00");

    for as_of in ["2025-03-01", "1/3 2025", "1 mars 2025", "1 mar 2025"] {
        let count = ok(
            &schema,
            "query($asOf: AsOf) { obligationCount(asOf: $asOf) stats(from: \"1/1 2025\") { parties { party } } }",
            json!({ "asOf": as_of }),
        )
        .await;
        let iso = ok(
            &schema,
            "{ obligationCount(asOf: \"2025-03-01\") stats(from: \"2025-01-01\") { parties { party } } }",
            json!({}),
        )
        .await;
        assert_eq!(count, iso, "{as_of}");
    }

    let (_, errors) = crate::run(
        &schema,
        r#"{ stats(from: "16 febuari 2027") { parties { party } } }"#,
        json!({}),
    )
    .await;
    assert_eq!(errors[0]["extensions"]["code"], "BAD_INPUT", "{errors:#?}");
    assert_eq!(
        errors[0]["extensions"]["messageSv"],
        "\"16 febuari 2027\" är inget datum: skriv till exempel 2027-02-16, 16/2 2027, 16 februari 2027 eller 16 feb 2027",
        "{errors:#?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_enum_value_has_a_swedish_label() {
    let (schema, _) = empty_schema();
    let data = ok(&schema, "{ labels { type value labelSv } }", json!({})).await;
    let labels = data["labels"].as_array().expect("labels");
    let label = |type_name: &str, value: &str| {
        labels
            .iter()
            .find(|l| l["type"] == type_name && l["value"] == value)
            .and_then(|l| l["labelSv"].as_str())
            .unwrap_or_else(|| panic!("no label for {type_name}.{value}"))
            .to_string()
    };
    assert_eq!(label("CaseStatus", "OPEN"), "öppet");
    assert_eq!(label("CaseKind", "BOARD_MATTER"), "nämndärende");
    assert_eq!(label("ObligationKind", "COMMITMENT"), "åtagande");
    assert_eq!(label("Resolution", "WITHDRAWN"), "återtagen");
    assert_eq!(
        label("StatementKind", "MINUTES_NOTE"),
        "protokollsanteckning"
    );
    assert_eq!(label("BeforeOrAfter", "BEFORE"), "inför");
    let introspection = ok(
        &schema,
        r#"{ __schema { types { name kind enumValues { name } } } }"#,
        json!({}),
    )
    .await;
    for ty in introspection["__schema"]["types"]
        .as_array()
        .expect("types")
    {
        let name = ty["name"].as_str().unwrap_or_default();
        if ty["kind"] != "ENUM" || name.starts_with("__") {
            continue;
        }
        for value in ty["enumValues"].as_array().expect("values") {
            label(name, value["name"].as_str().expect("a name"));
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_readmes_examples_run_on_the_demo_data() {
    let (schema, _) = demo_schema().await;
    let readme = std::fs::read_to_string(format!("{}/../../README.md", env!("CARGO_MANIFEST_DIR")))
        .expect("the README");
    let block = readme
        .split("```graphql\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a graphql block");
    let mut ran = 0;
    for example in block.split("\n\n") {
        let query: String = example
            .lines()
            .filter(|line| !line.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        if query.trim().is_empty() {
            continue;
        }
        ok(&schema, &query, json!({})).await;
        ran += 1;
    }
    assert!(ran >= 8, "{ran} examples");
}

/// The standard introspection query of GraphiQL and other tools (graphql-js'
/// `getIntrospectionQuery`, type references nine deep as GraphiQL 3.9 sends them) is answered,
/// though it nests deeper than a dashboard's queries.
#[tokio::test(flavor = "multi_thread")]
async fn the_standard_introspection_query_is_answered() {
    let (schema, _) = demo_schema().await;
    let query = r#"
    query IntrospectionQuery {
      __schema {
        queryType { name } mutationType { name } subscriptionType { name }
        types { ...FullType }
        directives { name description locations args { ...InputValue } }
      }
    }
    fragment FullType on __Type {
      kind name description
      fields(includeDeprecated: true) {
        name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
      }
      inputFields { ...InputValue }
      interfaces { ...TypeRef }
      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
      possibleTypes { ...TypeRef }
    }
    fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
    fragment TypeRef on __Type {
      kind name
      ofType { kind name ofType { kind name ofType { kind name ofType { kind name
        ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name } } } } } } } } }
    }"#;
    let data = ok(&schema, query, json!({})).await;
    assert!(
        data["__schema"]["types"]
            .as_array()
            .is_some_and(|t| t.len() > 20)
    );
}

/// A request that breaks a rule thousands of times gets a bounded list of errors, each short.
#[tokio::test(flavor = "multi_thread")]
async fn errors_are_bounded_in_number_and_length() {
    let (schema, _) = demo_schema().await;
    let many: String = (0..3000).map(|n| format!("f{n}: nosuchfield ")).collect();
    let (_, errors) = crate::run(&schema, &format!("{{ {many} }}"), json!({})).await;
    assert!(
        errors.len() <= balans_graphql::MAX_ERRORS,
        "{}",
        errors.len()
    );
    assert!(errors.last().is_some_and(|e| {
        e["message"]
            .as_str()
            .is_some_and(|m| m.contains("more errors"))
    }));
    let long = format!("{{ forums {{ id }} }} {}", "x".repeat(200_000));
    let (_, errors) = crate::run(&schema, &long, json!({})).await;
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|e| {
        e["message"]
            .as_str()
            .is_some_and(|m| m.chars().count() <= balans_graphql::MAX_ERROR_CHARS + 1)
    }));
}

/// Every refusal carries a Swedish text for the UI beside the English message and the code.
#[tokio::test(flavor = "multi_thread")]
async fn every_refusal_has_a_swedish_text() {
    let (schema, _) = demo_schema().await;
    for query in [
        "{ cases(first: 0) { totalCount } }",
        r#"{ case(id: "FG-HÄ 2099:1") { title } }"#,
        r#"{ obligations(owedBy: "  ") { caseNumber } }"#,
        r#"{ obligations(asOf: "den trettonde") { caseNumber } }"#,
        "{ nosuchfield }",
        r#"mutation { raiseQuestion(input: { forumId: "FG-HÄ", title: "x", raisedBy: "Visoin", addressedTo: "Arbetsgivaren" }) { case { id } } }"#,
    ] {
        let (_, errors) = crate::run(&schema, query, json!({})).await;
        let error = errors
            .first()
            .unwrap_or_else(|| panic!("{query} is refused"));
        assert!(
            error["extensions"]["messageSv"]
                .as_str()
                .is_some_and(|sv| !sv.is_empty()),
            "{query}: {error:#}"
        );
    }
}
