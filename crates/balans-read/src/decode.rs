//! Decoding a snapshot's large collections into the shape a rebuild gives them: vectors without spare room, B-trees with full nodes.
//!
//! serde's own `Vec` reserves at most 1 MiB before it has read the items (a guard against
//! lengths written by someone hostile) and then doubles, so a large one ends up to half empty;
//! its `BTreeMap` and `BTreeSet` insert one item after another, and inserting in ascending
//! order leaves every node but the last about half full (the node splits six to five). At 1M
//! events that was 7.5 MiB spare in the search index's list of cases and about a third of the
//! memory of the meetings and of the indexes by number. These functions, named in
//! `#[serde(deserialize_with = ...)]`, read the items into a vector of exactly their number and
//! build the tree from it at once (`FromIterator`, which fills the nodes).
//!
//! A snapshot's checksum is checked while it decodes, not before, so a damaged length makes
//! them reserve at most [`MOST_ITEMS_RESERVED`] before the decoding fails.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// The most items reserved before they are read: ten million events hold about 1.5 million
/// cases.
const MOST_ITEMS_RESERVED: usize = 1 << 21;

fn reserved<T>(declared: Option<usize>) -> Vec<T> {
    Vec::with_capacity(declared.unwrap_or(0).min(MOST_ITEMS_RESERVED))
}

/// A vector with room for exactly its items.
pub(crate) fn exact_vec<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(Items(PhantomData))
}

/// A set built at once from its items.
pub(crate) fn full_set<'de, D, T>(deserializer: D) -> Result<BTreeSet<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Ord,
{
    Ok(BTreeSet::from_iter(exact_vec(deserializer)?))
}

/// A map built at once from its entries.
pub(crate) fn full_map<'de, D, K, V>(deserializer: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    Ok(BTreeMap::from_iter(
        deserializer.deserialize_map(Entries(PhantomData))?,
    ))
}

/// A map of sets, each of them and the map built at once.
pub(crate) fn full_map_of_sets<'de, D, K, T>(
    deserializer: D,
) -> Result<BTreeMap<K, BTreeSet<T>>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    T: Deserialize<'de> + Ord,
{
    let entries: Vec<(K, FullSet<T>)> = deserializer.deserialize_map(Entries(PhantomData))?;
    Ok(entries.into_iter().map(|(key, set)| (key, set.0)).collect())
}

struct FullSet<T>(BTreeSet<T>);

impl<'de, T: Deserialize<'de> + Ord> Deserialize<'de> for FullSet<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        full_set(deserializer).map(FullSet)
    }
}

struct Items<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<T> {
    type Value = Vec<T>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = reserved(seq.size_hint());
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(items)
    }
}

struct Entries<K, V>(PhantomData<(K, V)>);

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Entries<K, V> {
    type Value = Vec<(K, V)>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<(K, V)>, A::Error> {
        let mut entries = reserved(map.size_hint());
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Collections {
        #[serde(deserialize_with = "exact_vec")]
        list: Vec<u64>,
        #[serde(deserialize_with = "full_map")]
        map: BTreeMap<u32, String>,
        #[serde(deserialize_with = "full_map_of_sets")]
        sets: BTreeMap<u8, BTreeSet<u32>>,
    }

    #[test]
    fn collections_decode_to_what_was_encoded_with_no_spare_room() {
        let written = Collections {
            list: (0..300_000).map(|n| n * 7).collect(),
            map: (0..5_000).map(|n| (n * 3, format!("möte {n}"))).collect(),
            sets: (0..4)
                .map(|forum| {
                    (
                        forum,
                        (0..10_000).map(|n| n * 2 + u32::from(forum)).collect(),
                    )
                })
                .collect(),
        };
        let bytes = postcard::to_stdvec(&written).expect("encodes");
        let read: Collections = postcard::from_bytes(&bytes).expect("decodes");
        assert_eq!(read, written);
        assert_eq!(read.list.capacity(), read.list.len());
    }

    #[test]
    fn ids_are_their_text_in_json_and_sixteen_bytes_in_a_snapshot() {
        use balans_domain::CaseId;
        let id: CaseId = "01JH0000000000000000000042".parse().expect("an id");
        let json = serde_json::to_string(&id).expect("encodes");
        assert_eq!(json, "\"01JH0000000000000000000042\"");
        assert_eq!(serde_json::from_str::<CaseId>(&json).expect("decodes"), id);
        let bytes = postcard::to_stdvec(&id).expect("encodes");
        assert_eq!(bytes.len(), 1 + 16, "a length, then the bytes");
        assert_eq!(postcard::from_bytes::<CaseId>(&bytes).expect("decodes"), id);
        let cut = postcard::from_bytes::<CaseId>(&[15, 0, 1, 2]);
        assert!(cut.is_err(), "{cut:?}");
    }

    #[test]
    fn a_damaged_length_fails_to_decode_instead_of_reserving_it() {
        // A list that says it holds 2^40 items, followed by two.
        let mut bytes = postcard::to_stdvec(&(1u64 << 40)).expect("encodes");
        bytes.extend([1, 2]);
        let read = postcard::from_bytes::<Collections>(&bytes);
        assert!(read.is_err(), "{read:?}");
    }
}
