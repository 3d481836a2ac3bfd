//! The store's sync calls from inside tokio runtimes (as GraphQL resolvers make them), where
//! `Handle::block_on` would panic: connect, append, read, subscribe and drop all work there.

use balans_store::EventStore;
use balans_store::conformance::{event, request};

use crate::{database, open};

fn use_the_store_inside_a_runtime(test: &str, runtime: tokio::runtime::Runtime) {
    let Some(database) = database(test) else {
        return;
    };
    runtime.block_on(async {
        let store = open(&database, "main");
        let mut head = store.subscribe();
        let outcome = store
            .append(request(&[], vec![event("case-1", 1), event("case-1", 2)]))
            .expect("append inside a runtime");
        assert_eq!(store.head_position().expect("head"), outcome.last_position);
        assert_eq!(store.read_all(1, 10).expect("read_all").len(), 2);
        head.changed().await.expect("the head moved");
        assert_eq!(*head.borrow(), 2);
        // And from a task of that runtime, then dropped there.
        tokio::spawn(async move {
            store
                .append(request(&[], vec![event("case-2", 1)]))
                .expect("append in a task");
            assert_eq!(store.head_position().expect("head"), 3);
            drop(store);
        })
        .await
        .expect("the task");
    });
}

#[test]
fn sync_calls_work_inside_a_current_thread_runtime() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    use_the_store_inside_a_runtime("sync_calls_work_inside_a_current_thread_runtime", runtime);
}

#[test]
fn sync_calls_work_inside_a_multi_thread_runtime() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    use_the_store_inside_a_runtime("sync_calls_work_inside_a_multi_thread_runtime", runtime);
}
