//! The generator: deterministic for a seed, sized as asked, and accepted whole by the domain through the application layer.

use balans_app::App;
use balans_gen::{Generator, Options, generate_into};
use balans_read::ReadModel;
use balans_store::{EventStore, MemoryStore, SledStore};

#[test]
fn the_same_seed_gives_the_same_history_and_another_seed_another() {
    let first: Vec<_> = Generator::new(Options::new(3_000, 42)).collect();
    let again: Vec<_> = Generator::new(Options::new(3_000, 42)).collect();
    let other: Vec<_> = Generator::new(Options::new(3_000, 43)).collect();
    assert_eq!(first, again);
    assert_ne!(first, other);
}

#[test]
fn a_history_has_the_events_asked_for_and_the_domain_accepts_all_of_it() {
    for events in [1, 50, 4_000] {
        let app = App::new(MemoryStore::new());
        let summary = generate_into(&app, Options::new(events, 7), |_| {}).unwrap();
        let head = app.store().head_position().unwrap();
        assert_eq!(summary.events, head);
        // The last protocol is cut at a command boundary, and a command decides at most three events.
        assert!(
            head <= events && head + 3 > events,
            "{head} events for {events}"
        );
    }
}

#[test]
fn a_history_has_every_kind_of_matter_and_writes_durably() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(&dir.path().join("db"), Default::default()).unwrap();
    let app = App::new(store);
    let summary = generate_into(&app, Options::new(6_000, 1), |_| {}).unwrap();
    assert!(summary.batches > 50, "{summary:?}");
    let model = ReadModel::load(app.store()).unwrap();
    let mut types = std::collections::BTreeSet::new();
    for view in model.cases.values() {
        let history = balans_read::history(app.store(), &view.log).unwrap();
        types.extend(history.iter().map(|entry| entry.event_type));
    }
    for wanted in [
        "QuestionRaised",
        "AnswerGiven",
        "FollowUpAsked",
        "CommitmentMade",
        "CommitmentRenewed",
        "CommitmentFulfilled",
        "AddedToBalanceList",
        "RemovedFromBalanceList",
        "Discussed",
        "BoardMatterRegistered",
        "StatementRecorded",
        "Closed",
    ] {
        assert!(types.contains(wanted), "no {wanted} in {types:?}");
    }
    assert!(model.meetings.values().any(|m| m.published.is_some()));
    // Writing into a database that holds events is refused: gen makes fresh ones.
    assert!(generate_into(&app, Options::new(10, 1), |_| {}).is_err());
}
