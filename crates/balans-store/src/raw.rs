//! Test helpers that read and edit a closed database with sled alone: to leave it as a crash or a development version of the store would have, and to see what changed.

use std::collections::BTreeMap;
use std::path::Path;

use crate::sled_store::HeldDb;

/// Every tree of a database (by name) and its entries.
pub(crate) type Dump = BTreeMap<Vec<u8>, BTreeMap<Vec<u8>, Vec<u8>>>;

/// Runs `edit` on the closed database at `path` (created compressed if there is none yet),
/// opened with sled alone, and flushes what it did.
pub(crate) fn edit<T>(path: &Path, edit: impl FnOnce(&sled::Db) -> T) -> T {
    let db = HeldDb::open(sled::Config::new().use_compression(true), path).expect("raw sled");
    let done = edit(&db);
    db.flush().expect("flush");
    done
}

/// What every tree of the closed database at `path` holds.
pub(crate) fn dump(path: &Path) -> Dump {
    edit(path, |db| {
        db.tree_names()
            .into_iter()
            .map(|name| {
                let tree = db.open_tree(&name).expect("a tree");
                let entries = tree
                    .iter()
                    .map(|entry| {
                        let (key, value) = entry.expect("an entry");
                        (key.to_vec(), value.to_vec())
                    })
                    .collect();
                (name.to_vec(), entries)
            })
            .collect()
    })
}

/// `dump` with `inserts` (tree, key, value) made in it.
pub(crate) fn with_inserts<'a>(
    mut dump: Dump,
    inserts: impl IntoIterator<Item = (&'a str, &'a [u8], &'a [u8])>,
) -> Dump {
    for (tree, key, value) in inserts {
        dump.entry(tree.as_bytes().to_vec())
            .or_default()
            .insert(key.to_vec(), value.to_vec());
    }
    dump
}
