//! Global order under concurrent writers in several processes' worth of stores: a reader that
//! follows the log never meets a gap, so it never skips a position that commits late.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use balans_store::conformance::{event, request};
use balans_store::{EventStore, RecordedEvent};

use crate::{database, open, open_with_pool};

const STORES: usize = 4;
const WRITERS_PER_STORE: usize = 3;
const APPENDS_PER_WRITER: usize = 40;

/// Twelve writers on four stores (four pools, as four nodes would have) append one to three
/// events at a time while a reader on a fifth store reads on from the last position it saw:
/// every page it gets starts right after that position and has no hole, and in the end it
/// has read every acknowledged event at the position its append was told.
#[test]
fn a_reader_following_concurrent_writers_never_sees_a_gap() {
    let Some(database) = database("a_reader_following_concurrent_writers_never_sees_a_gap") else {
        return;
    };
    let stores: Vec<_> = (0..STORES)
        .map(|_| open_with_pool(&database, "main", WRITERS_PER_STORE as u32))
        .collect();
    let reader = open(&database, "main");
    let acknowledged = Mutex::new(Vec::new());
    let writing = AtomicBool::new(true);

    let read = std::thread::scope(|scope| {
        let reading = scope.spawn(|| {
            let mut log: Vec<RecordedEvent> = Vec::new();
            let mut pages_with_events = 0;
            loop {
                // Whether the writers were done before this read: then it is the last one needed.
                let last = !writing.load(Ordering::SeqCst);
                let seen = log.len() as u64;
                let page = reader.read_all(seen + 1, 50).expect("read_all");
                for (offset, event) in page.iter().enumerate() {
                    assert_eq!(
                        event.position,
                        seen + 1 + offset as u64,
                        "after position {seen} the reader got position {} first: a gap",
                        page[0].position
                    );
                }
                pages_with_events += usize::from(!page.is_empty());
                let full = page.len() == 50;
                log.extend(page);
                if last && !full {
                    return (log, pages_with_events);
                }
            }
        });
        let writers: Vec<_> = stores
            .iter()
            .flat_map(|store| (0..WRITERS_PER_STORE).map(move |n| (store, n)))
            .enumerate()
            .map(|(writer, (store, _))| {
                let acknowledged = &acknowledged;
                scope.spawn(move || {
                    for n in 0..APPENDS_PER_WRITER {
                        let events: Vec<_> = (0..1 + (writer + n) % 3)
                            .map(|k| event(&format!("case-{writer}-{}", n % 5), k as u64))
                            .collect();
                        let sent = request(&[], events);
                        let outcome = store.append(sent.clone()).expect("append");
                        acknowledged
                            .lock()
                            .expect("the list")
                            .extend(outcome.recorded(sent));
                    }
                })
            })
            .collect();
        for writer in writers {
            writer.join().expect("a writer");
        }
        writing.store(false, Ordering::SeqCst);
        reading.join().expect("the reader")
    });

    let (log, pages) = read;
    let mut acknowledged = acknowledged.into_inner().expect("the list");
    acknowledged.sort_by_key(|event| event.position);
    assert_eq!(
        log.len(),
        acknowledged.len(),
        "the reader read every acknowledged event once"
    );
    assert_eq!(
        log, acknowledged,
        "each event where its append said it landed"
    );
    assert!(
        pages > 1,
        "the reader read while the writers wrote ({pages} pages)"
    );
    let head = reader.head_position().expect("head");
    assert_eq!(head, log.len() as u64);
    for store in &stores {
        assert_eq!(store.head_position().expect("head"), head);
    }
}
