//! Tests of importing protocols over GraphQL: a draft stores nothing, a commit stores it whole, links run across meetings.

use serde_json::{Value, json};

use crate::{empty_schema, error_code, ok, run, run_as};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("a fixture")
}

/// Every field of the draft: what a review screen asks for to send the draft back whole.
const DRAFT_FIELDS: &str = r#"
fragment DraftFields on ProtocolDraft {
  meeting {
    organization forum date time place chair secretary
    present { name party role } absent { name party role } approvers { name party }
    approvalDeadline commentsDeadline previousMinutesApproved nextMeeting nextMeetingTime
  }
  items {
    id kind section sectionTitle title text sourceSpan { start end } sourceText
    raisedBy addressedTo by to person due { label byDate nextMeeting }
    answer { by person text span { start end } }
    registryNumber mbl agendaLabel statementKind preRegistered carriedOver onBalanceList
    outcome belongsTo confidence
    link { case number title reason score action commitment }
  }
  warnings sourceEncoding
}"#;

fn draft_query() -> String {
    format!(
        "mutation($text: String!) {{ importDraft(text: $text) {{ draft {{ ...DraftFields }} summary items links warnings }} }} {DRAFT_FIELDS}"
    )
}

const COMMIT: &str = r#"mutation($draft: ImportDraftInput!) { commitImport(draft: $draft, newForum: true) {
    meeting { date place } forumCreated opened linked events position } }"#;
const EVENT_COUNT: &str = "{ events(first: 500) { edges { cursor } } }";

async fn event_count(schema: &balans_graphql::BalansSchema) -> usize {
    ok(schema, EVENT_COUNT, json!({})).await["events"]["edges"]
        .as_array()
        .expect("edges")
        .len()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_draft_stores_nothing_and_a_commit_stores_the_meeting_whole() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let draft = ok(&schema, &draft_query(), json!({ "text": text })).await;
    assert!(draft["importDraft"]["items"].as_u64().expect("a count") > 20);
    assert_eq!(
        draft["importDraft"]["draft"]["meeting"]["date"],
        "2025-01-14"
    );
    assert_eq!(event_count(&schema).await, 0, "a draft stores nothing");

    let committed = ok(
        &schema,
        COMMIT,
        json!({ "draft": draft["importDraft"]["draft"] }),
    )
    .await;
    let result = &committed["commitImport"];
    assert_eq!(result["meeting"]["date"], "2025-01-14");
    assert_eq!(result["meeting"]["place"], "Paddan");
    assert_eq!(result["forumCreated"], true);
    assert!(result["opened"].as_u64().expect("a count") > 20);
    assert_eq!(
        event_count(&schema).await as u64,
        result["events"].as_u64().expect("a count")
    );

    let winter = ok(
        &schema,
        r#"{ obligations(owedBy: "Arbetsgivaren") { dueLabel dueDate to } }"#,
        json!({}),
    )
    .await;
    assert!(
        winter["obligations"]
            .as_array()
            .expect("a list")
            .iter()
            .any(|o| o["dueLabel"] == "under vintern" && o["dueDate"] == "2025-02-28")
    );

    let (code, message) = error_code(
        &schema,
        COMMIT,
        json!({ "draft": draft["importDraft"]["draft"] }),
    )
    .await;
    assert_eq!(code, "DOMAIN_RULE");
    assert!(
        message.contains("already has a meeting on 2025-01-14"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_follow_up_protocol_links_to_the_open_case_and_settles_it() {
    let (schema, _) = empty_schema();
    for path in [
        "protocols/003_9ba086790e9c5e66.txt",
        "protocols/004_5bdb85c66693e9e6.txt",
    ] {
        let draft = ok(&schema, &draft_query(), json!({ "text": fixture(path) })).await;
        ok(
            &schema,
            COMMIT,
            json!({ "draft": draft["importDraft"]["draft"] }),
        )
        .await;
    }
    let followup = std::fs::read_dir(format!(
        "{}/../../tests/fixtures/followup",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the follow-up fixtures")
    .filter_map(Result::ok)
    .map(|entry| entry.path())
    .find(|path| path.extension().is_some_and(|ext| ext == "txt"))
    .expect("a follow-up protocol");
    let text = std::fs::read_to_string(followup).expect("readable");
    let draft = ok(&schema, &draft_query(), json!({ "text": text })).await;
    assert!(draft["importDraft"]["links"].as_u64().expect("a count") >= 1);
    let committed = ok(
        &schema,
        COMMIT,
        json!({ "draft": draft["importDraft"]["draft"] }),
    )
    .await;
    assert!(
        committed["commitImport"]["linked"]
            .as_u64()
            .expect("a count")
            >= 1
    );
    let case = ok(
        &schema,
        r#"{ cases(filter: { text: "hot- och våld" }) { edges { node { meetings { date } obligations { kind } } } } }"#,
        json!({}),
    )
    .await;
    let node: &Value = &case["cases"]["edges"][0]["node"];
    assert_eq!(
        node["meetings"].as_array().expect("meetings").len(),
        2,
        "{node:#}"
    );
    assert_eq!(node["obligations"], json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_text_that_is_no_protocol_is_bad_input() {
    let (schema, _) = empty_schema();
    let (code, message) = error_code(
        &schema,
        &draft_query(),
        json!({ "text": "Hej! Vi ses på fredag." }),
    )
    .await;
    assert_eq!(code, "BAD_INPUT");
    assert!(message.contains("no protocol found"), "{message}");
    let (code, _) = error_code(&schema, COMMIT, json!({ "draft": { "meeting": 7 } })).await;
    assert_eq!(code, "BAD_INPUT");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_field_corrected_in_the_typed_draft_is_what_gets_stored() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let drafted = ok(&schema, &draft_query(), json!({ "text": text })).await;
    let mut draft = drafted["importDraft"]["draft"].clone();
    let index = draft["items"]
        .as_array()
        .expect("items")
        .iter()
        .position(|item| item["kind"] == "QUESTION")
        .expect("a question");
    assert_eq!(draft["meeting"]["place"], "Paddan");
    draft["meeting"]["place"] = json!("Stora sammanträdesrummet");
    draft["items"][index]["title"] = json!("Rättad rubrik om schemaläggning");
    draft["items"][index]["addressedTo"] = json!("Arbetsgivaren");

    let committed = ok(&schema, COMMIT, json!({ "draft": draft })).await;
    assert_eq!(
        committed["commitImport"]["meeting"]["place"],
        "Stora sammanträdesrummet"
    );
    let found = ok(
        &schema,
        r#"{ cases(filter: { text: "Rättad rubrik om schemaläggning" }) { edges { node { title kind addressedTo } } } }"#,
        json!({}),
    )
    .await;
    let edges = found["cases"]["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), 1, "{found:#}");
    assert_eq!(edges[0]["node"]["title"], "Rättad rubrik om schemaläggning");
    assert_eq!(edges[0]["node"]["kind"], "QUESTION");
    assert_eq!(edges[0]["node"]["addressedTo"], "Arbetsgivaren");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_kind_or_a_bad_date_in_the_draft_is_refused_in_swedish_and_stores_nothing() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let drafted = ok(&schema, &draft_query(), json!({ "text": text })).await;
    let good = drafted["importDraft"]["draft"].clone();

    let mut unknown_kind = good.clone();
    unknown_kind["items"][1]["kind"] = json!("FRGA");
    let mut bad_date = good.clone();
    bad_date["meeting"]["date"] = json!("2025-13-45");
    let mut bad_due = good.clone();
    let commitment = good["items"]
        .as_array()
        .expect("items")
        .iter()
        .position(|item| item["due"].is_object())
        .expect("an item with a due");
    bad_due["items"][commitment]["due"]["byDate"] = json!("den trettionde februari");
    let mut bad_party = good.clone();
    bad_party["meeting"]["present"][0]["party"] = json!("  ");

    let cases = [
        (unknown_kind, "draft.items.1.kind".to_string(), "FRGA"),
        (bad_date, "draft.meeting.date".to_string(), "inget datum"),
        (
            bad_due,
            format!("draft.items.{commitment}.due.byDate"),
            "inget datum",
        ),
        (
            bad_party,
            "draft.meeting.present.0.party".to_string(),
            "en part behöver ett namn",
        ),
    ];
    for (draft, field, said) in cases {
        let (data, errors) = run(&schema, COMMIT, json!({ "draft": draft })).await;
        assert_eq!(data, Value::Null, "nothing is committed for {field}");
        let error = errors.first().expect("an error");
        assert_eq!(error["extensions"]["code"], "BAD_INPUT", "{error:#}");
        let swedish = error["extensions"]["messageSv"]
            .as_str()
            .expect("messageSv");
        assert!(
            swedish.contains(&format!("fältet {field}")) && swedish.contains(said),
            "{field}: {swedish}"
        );
        assert!(
            error["message"]
                .as_str()
                .expect("a message")
                .contains(&field),
            "{error:#}"
        );
    }
    assert_eq!(
        event_count(&schema).await,
        0,
        "a refused draft stores nothing"
    );
    // The same draft unchanged still commits: the refusals left nothing half-done.
    ok(&schema, COMMIT, json!({ "draft": good })).await;
}

#[test]
fn every_protocol_draft_survives_the_typed_round_trip_unchanged() {
    let dir = format!(
        "{}/../../tests/fixtures/protocols",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut read = 0;
    for entry in std::fs::read_dir(dir).expect("the protocols") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|ext| ext != "txt") {
            continue;
        }
        let draft = balans_protocol::read_text(&std::fs::read_to_string(&path).expect("text"));
        let typed = balans_graphql::draft::ProtocolDraft::from(&draft);
        let back = balans_protocol::Draft::try_from(typed).expect("the typed draft reads back");
        assert_eq!(back, draft, "{}", path.display());
        read += 1;
    }
    assert!(read >= 2, "the protocols were read");
}

/// The draft with the protocol's text, as the review screen asks for it and sends it back.
fn draft_with_text_query() -> String {
    format!(
        "mutation($text: String!) {{ importDraft(text: $text) {{ draft {{ ...DraftFields text }} forum {{ code }} }} }} {DRAFT_FIELDS}"
    )
}

const COMMIT_MEETING: &str = r#"mutation($draft: ImportDraftInput!) { commitImport(draft: $draft, newForum: true) { meeting { id } } }"#;

#[tokio::test(flavor = "multi_thread")]
async fn a_committed_protocol_keeps_its_text_and_each_step_of_a_case_names_its_paragraph() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let drafted = ok(&schema, &draft_with_text_query(), json!({ "text": text })).await;
    assert_eq!(drafted["importDraft"]["forum"], Value::Null, "no forum yet");
    let draft = drafted["importDraft"]["draft"].clone();
    let read = draft["text"]
        .as_str()
        .expect("the text as read")
        .to_string();
    assert!(read.contains("Paddan"));
    // Each item's span points into the text sent along.
    let item = &draft["items"][0];
    let span = (
        item["sourceSpan"]["start"].as_u64().expect("start") as usize,
        item["sourceSpan"]["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(
        &read[span.0..span.1],
        item["sourceText"].as_str().expect("text")
    );

    let committed = ok(&schema, COMMIT_MEETING, json!({ "draft": draft })).await;
    let meeting = committed["commitImport"]["meeting"]["id"].clone();
    let protocol = ok(
        &schema,
        "query($id: ID!) { meeting(id: $id) { protocol { text sourceEncoding sections { section title start end } } } }",
        json!({ "id": meeting }),
    )
    .await;
    let protocol = &protocol["meeting"]["protocol"];
    assert_eq!(protocol["text"], json!(read));
    assert_eq!(protocol["sourceEncoding"], "UTF-8");
    let sections = protocol["sections"].as_array().expect("sections");
    assert!(sections.len() > 5, "{sections:#?}");
    for section in sections {
        let start = section["start"].as_u64().expect("start") as usize;
        let end = section["end"].as_u64().expect("end") as usize;
        let number = section["section"].as_str().expect("a number");
        assert!(read[start..end].contains(number), "{section:#}");
    }

    // A case opened at the meeting: its steps there name the section it was raised in, which
    // the protocol has.
    let cases = ok(
        &schema,
        "query($id: ID!) { cases(filter: { meetingId: $id }, first: 100) { edges { node { section timeline { section meeting { id } } } } } }",
        json!({ "id": meeting }),
    )
    .await;
    let edges = cases["cases"]["edges"].as_array().expect("edges");
    let with_section = edges
        .iter()
        .map(|edge| &edge["node"])
        .find(|node| node["section"].is_string())
        .expect("a case with a section");
    let steps = with_section["timeline"].as_array().expect("steps");
    assert!(!steps.is_empty());
    for step in steps {
        assert_eq!(step["meeting"]["id"], meeting);
        assert_eq!(step["section"], with_section["section"], "{step:#}");
    }
    assert!(
        sections
            .iter()
            .any(|s| s["section"] == with_section["section"]),
        "the case's section is one of the protocol's"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_meeting_not_imported_has_no_protocol_and_a_case_step_there_no_section() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    // The draft without its text, as older clients send it: the meeting is recorded, the text not.
    let drafted = ok(&schema, &draft_query(), json!({ "text": text })).await;
    let committed = ok(
        &schema,
        COMMIT_MEETING,
        json!({ "draft": drafted["importDraft"]["draft"] }),
    )
    .await;
    let meeting = committed["commitImport"]["meeting"]["id"].clone();
    let found = ok(
        &schema,
        "query($id: ID!) { meeting(id: $id) { protocol { text } cases { timeline { section } } } }",
        json!({ "id": meeting }),
    )
    .await;
    assert_eq!(found["meeting"]["protocol"], Value::Null);
    let cases = found["meeting"]["cases"].as_array().expect("cases");
    assert!(!cases.is_empty());
    assert!(
        cases
            .iter()
            .flat_map(|c| c["timeline"].as_array().expect("steps"))
            .all(|step| step["section"].is_null())
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_commit_names_the_item_it_concerns_and_stores_nothing() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let drafted = ok(&schema, &draft_with_text_query(), json!({ "text": text })).await;
    let good = drafted["importDraft"]["draft"].clone();

    // A link to a case that is no open case of the forum: refused while planning.
    let mut bad_link = good.clone();
    bad_link["items"][2]["link"] = json!({
        "case": "01JAAAAAAAAAAAAAAAAAAAAAAA", "number": "FG 2025:99", "title": "Ingen",
        "reason": "vald vid granskningen", "score": 1.0, "action": "DISCUSSED", "commitment": null
    });
    // A field that cannot be read: refused before planning.
    let mut bad_field = good.clone();
    bad_field["items"][3]["due"] =
        json!({ "label": null, "byDate": "den trettionde februari", "nextMeeting": false });
    for (draft, index, said) in [
        (bad_link, 2, "kopplas till"),
        (bad_field, 3, "fältet draft.items.3.due.byDate"),
    ] {
        let (data, errors) = run(&schema, COMMIT_MEETING, json!({ "draft": draft })).await;
        assert_eq!(data, Value::Null);
        let extensions = &errors.first().expect("an error")["extensions"];
        assert_eq!(extensions["itemIndex"], index, "{extensions:#}");
        assert_eq!(
            extensions["item"], good["items"][index]["id"],
            "{extensions:#}"
        );
        let swedish = extensions["messageSv"].as_str().expect("messageSv");
        assert!(swedish.contains(said), "{swedish}");
    }
    assert_eq!(event_count(&schema).await, 0, "nothing was stored");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_protocol_text_larger_than_an_import_may_be_is_refused() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let drafted = ok(&schema, &draft_with_text_query(), json!({ "text": text })).await;
    let mut draft = drafted["importDraft"]["draft"].clone();
    draft["text"] = json!("a".repeat(32 * 1024 * 1024 + 1));
    let (data, errors) = run(&schema, COMMIT_MEETING, json!({ "draft": draft })).await;
    assert_eq!(data, Value::Null);
    let error = errors.first().expect("an error");
    assert_eq!(error["extensions"]["code"], "BAD_INPUT");
    assert_eq!(error["extensions"]["field"], "draft.text");
    assert_eq!(event_count(&schema).await, 0, "nothing was stored");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_due_date_set_in_review_is_the_commitments_due_and_one_before_the_meeting_is_refused() {
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let drafted = ok(&schema, &draft_with_text_query(), json!({ "text": text })).await;
    let mut draft = drafted["importDraft"]["draft"].clone();
    let index = draft["items"]
        .as_array()
        .expect("items")
        .iter()
        .position(|item| item["kind"] == "COMMITMENT" && item["belongsTo"].is_null())
        .expect("a commitment of its own");
    let title = draft["items"][index]["title"].clone();

    draft["items"][index]["due"] =
        json!({ "label": null, "byDate": "2024-12-31", "nextMeeting": false });
    let (data, errors) = run(&schema, COMMIT_MEETING, json!({ "draft": draft })).await;
    assert_eq!(data, Value::Null);
    let extensions = &errors.first().expect("an error")["extensions"];
    assert_eq!(extensions["itemIndex"], index, "{extensions:#}");
    assert!(
        extensions["messageSv"]
            .as_str()
            .expect("messageSv")
            .contains("förfallodagen 2024-12-31 ligger före mötet"),
        "{extensions:#}"
    );
    assert_eq!(event_count(&schema).await, 0, "nothing was stored");

    draft["items"][index]["due"] =
        json!({ "label": "till nästa möte", "byDate": "2025-06-30", "nextMeeting": false });
    ok(&schema, COMMIT_MEETING, json!({ "draft": draft })).await;
    let found = ok(
        &schema,
        "{ cases(first: 200) { edges { node { title commitments { what dueDate } } } } }",
        json!({}),
    )
    .await;
    let due = found["cases"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .flat_map(|edge| edge["node"]["commitments"].as_array().expect("commitments"))
        .find(|c| {
            title
                .as_str()
                .is_some_and(|t| c["what"].as_str().is_some_and(|w| w.starts_with(t)))
        })
        .expect("the commitment")["dueDate"]
        .clone();
    assert_eq!(due, "2025-06-30");
}

/// A commit is as many commands as the protocol holds, each checked as if sent alone: only a
/// secretary without a forum limit (or an admin) may import a new forum's meeting; the others
/// are refused and nothing is stored.
#[tokio::test(flavor = "multi_thread")]
async fn only_a_secretary_or_an_admin_may_commit_an_import() {
    use balans_domain::{Grant, Party, Principal, Role};
    let (schema, _) = empty_schema();
    let text = fixture("protocols/004_5bdb85c66693e9e6.txt");
    let draft = ok(&schema, &draft_query(), json!({ "text": &text })).await;
    let variables = json!({ "draft": draft["importDraft"]["draft"] });
    let person = |name: &str, grants: Vec<Grant>| Principal {
        // Not in the directory: the schema runs without a server's sign-in.
        id: format!("test:{name}"),
        name: name.to_string(),
        grants,
    };
    let refused = [
        (Principal::anonymous(), "UNAUTHENTICATED"),
        (
            person(
                "läsare",
                vec![Grant {
                    role: Role::Reader,
                    party: None,
                    forum: None,
                }],
            ),
            "FORBIDDEN",
        ),
        (
            person(
                "kommunal",
                vec![Grant::party(
                    Party::parse("Kommunal").expect("a party"),
                    None,
                )],
            ),
            "FORBIDDEN",
        ),
        (
            person(
                "annan-sekreterare",
                vec![Grant::secretary(Some(balans_domain::ForumId(
                    ulid::Ulid::from_parts(1, 1),
                )))],
            ),
            "FORBIDDEN",
        ),
    ];
    for (principal, code) in refused {
        let who = principal.id.clone();
        let (_, errors) = run_as(&schema, principal, COMMIT, variables.clone()).await;
        assert_eq!(
            errors.first().map(|e| e["extensions"]["code"].clone()),
            Some(json!(code)),
            "{who}: {errors:#?}"
        );
        assert!(
            errors[0]["extensions"]["messageSv"]
                .as_str()
                .is_some_and(|m| m.starts_with("Importen sparades inte, inget av den:")),
            "{who}: {errors:#?}"
        );
        assert_eq!(event_count(&schema).await, 0, "{who}: nothing is stored");
    }
    // Not even a draft for those who may not write.
    let (_, errors) = run_as(
        &schema,
        Principal::anonymous(),
        &draft_query(),
        json!({ "text": &text }),
    )
    .await;
    assert_eq!(errors[0]["extensions"]["code"], "UNAUTHENTICATED");
    let reader = person(
        "läsare",
        vec![Grant {
            role: Role::Reader,
            party: None,
            forum: None,
        }],
    );
    let (_, errors) = run_as(&schema, reader, &draft_query(), json!({ "text": &text })).await;
    assert_eq!(errors[0]["extensions"]["code"], "FORBIDDEN");
    assert!(
        errors[0]["extensions"]["messageSv"]
            .as_str()
            .is_some_and(|m| m.contains("kräver en roll som får registrera")),
        "{errors:#?}"
    );
    let secretary = person("sekreterare", vec![Grant::secretary(None)]);
    let (data, errors) = run_as(&schema, secretary, COMMIT, variables).await;
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(data["commitImport"]["opened"].as_u64().expect("a count") > 20);
}
