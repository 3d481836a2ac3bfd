//! Ours and the SQLite peer on the same generated history: the same log, the same state, and the same answer to every query the benchmark times.

use balans_app::{App, Clock as _, SystemClock};
use balans_bench::answers::{Ours, Queries as _, QueryParams, compare};
use balans_bench::peer::Peer;
use balans_gen::{Generator, Options, generate_into};
use balans_read::ReadModel;
use balans_store::{EventStore, SledStore};

struct Both {
    _dir: tempfile::TempDir,
    app: App<SledStore>,
    peer: Peer,
    last_date: jiff::civil::Date,
}

impl Both {
    fn store(&self) -> &SledStore {
        self.app.store()
    }
}

/// The same generated history written into ours and into the peer.
fn both(events: u64, seed: u64) -> Both {
    let dir = tempfile::tempdir().unwrap();
    let options = Options::new(events, seed);
    let app = App::new(SledStore::open(&dir.path().join("ours"), Default::default()).unwrap());
    generate_into(&app, options, |_| {}).unwrap();
    let mut peer = Peer::open(&dir.path().join("peer.sqlite")).unwrap();
    let today = SystemClock.today();
    let mut generator = Generator::new(options);
    for batch in generator.by_ref() {
        peer.execute(&batch.commands, batch.command_id, "gen", today)
            .unwrap();
    }
    let last_date = generator.last_date().unwrap();
    Both {
        _dir: dir,
        app,
        peer,
        last_date,
    }
}

#[test]
fn ours_and_the_peer_answer_every_benchmark_query_alike() {
    let both = both(5_000, 11);
    let model = ReadModel::load(both.store()).unwrap();
    let ours = Ours {
        store: both.store(),
        model: &model,
    };
    let params = QueryParams::choose(&model, both.last_date);
    let differences = compare(&ours, &both.peer, &params).unwrap();
    assert!(differences.is_empty(), "{differences:#?}");

    // The comparison means something only if the answers are not empty.
    let owed = both
        .peer
        .obligations(&params.parties[1], params.as_of)
        .unwrap();
    assert!(
        owed.iter()
            .any(|o| o.kind == "commitment" && o.due_date.is_some())
    );
    assert!(owed.iter().any(|o| o.overdue));
    let kommunal = both
        .peer
        .obligations(&params.parties[0], params.as_of)
        .unwrap();
    assert!(!kommunal.is_empty(), "Kommunal owes nothing");
    assert!(both.peer.open_cases(params.forums[0], 50).unwrap().total > 0);
    assert!(both.peer.search(params.texts[0], 50).unwrap().total > 0);
    assert!(
        params
            .cases
            .iter()
            .any(|c| both.peer.timeline(*c).unwrap().len() > 3)
    );
    let lists: Vec<_> = params
        .past_meetings
        .iter()
        .map(|(f, m)| both.peer.balance_list_at(*f, *m).unwrap())
        .collect();
    assert!(
        lists
            .iter()
            .any(|l| !l.cases.is_empty() && !l.carried_over.is_empty())
    );
    assert!(lists.iter().any(|l| !l.removed.is_empty()));
    let medians = both.peer.stats_medians(params.as_of).unwrap();
    assert!(medians.answer.contains_key("Arbetsgivaren"));
    assert!(medians.fulfil.contains_key("Arbetsgivaren"));
}

#[test]
fn the_peer_logs_the_same_events_and_folds_to_the_same_state() {
    let both = both(3_000, 5);
    assert_eq!(
        both.store().head_position().unwrap(),
        both.peer.head().unwrap()
    );
    let ours = ReadModel::load(both.store()).unwrap();
    let theirs = both.peer.replay().unwrap();
    assert_eq!(ours.forums, theirs.forums);
    assert_eq!(ours.meetings, theirs.meetings);
    assert_eq!(ours.cases.len(), theirs.cases.len());
    for (id, view) in &ours.cases {
        let other = &theirs.cases[id];
        assert_eq!(view, other);
    }
}

#[test]
fn the_peer_stores_nothing_for_a_refused_command_and_nothing_twice() {
    let mut both = both(500, 2);
    let head = both.peer.head().unwrap();
    let today = SystemClock.today();
    let unknown = balans_domain::Command::AskFollowUp {
        case: balans_domain::CaseId(ulid::Ulid::generate()),
        meeting: None,
        by: balans_domain::Party::AllUnions,
        text: "Varför?".into(),
    };
    assert!(
        both.peer
            .execute(&[unknown], ulid::Ulid::generate(), "t", today)
            .is_err()
    );
    assert_eq!(both.peer.head().unwrap(), head);

    let forum = ReadModel::load(both.store())
        .unwrap()
        .forums
        .keys()
        .next()
        .copied()
        .unwrap();
    let join = balans_domain::Command::AddUnionToForum {
        forum,
        union: balans_domain::Party::Union("Fysioterapeuterna".into()),
    };
    let id = ulid::Ulid::generate();
    let first = both
        .peer
        .execute(std::slice::from_ref(&join), id, "t", today)
        .unwrap();
    let again = both.peer.execute(&[join], id, "t", today).unwrap();
    assert_eq!(first.events, 1);
    assert_eq!(again.events, 0);
    assert_eq!(again.last_position, first.last_position);
}
