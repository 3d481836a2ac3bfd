//! Tests of importing protocols over GraphQL: a draft stores nothing, a commit stores it whole, links run across meetings.

use serde_json::{Value, json};

use crate::{empty_schema, error_code, ok};

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("a fixture")
}

const DRAFT: &str = r#"mutation($text: String!) { importDraft(text: $text) { draft summary items links warnings } }"#;
const COMMIT: &str = r#"mutation($draft: JSON!) { commitImport(draft: $draft, newForum: true) {
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
    let draft = ok(&schema, DRAFT, json!({ "text": text })).await;
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
        let draft = ok(&schema, DRAFT, json!({ "text": fixture(path) })).await;
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
    let draft = ok(&schema, DRAFT, json!({ "text": text })).await;
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
    let (code, message) =
        error_code(&schema, DRAFT, json!({ "text": "Hej! Vi ses på fredag." })).await;
    assert_eq!(code, "BAD_INPUT");
    assert!(message.contains("no protocol found"), "{message}");
    let (code, _) = error_code(&schema, COMMIT, json!({ "draft": { "meeting": 7 } })).await;
    assert_eq!(code, "BAD_INPUT");
}
