//! The free-text index of the read model: which cases hold which words, and which words hold a piece of text.
//!
//! Free text asks for cases where every query word occurs, in any letter case, within one of the
//! case's searched fields (see [`crate::cases::searched_fields`]). A query word has no whitespace,
//! so it occurs in a lowercased field exactly when it occurs in one of the field's lowercased
//! whitespace-separated tokens. The index therefore keeps
//!
//! - a vocabulary of the distinct tokens of every case, each with the cases that hold it
//!   (postings: ascending case ordinals),
//! - for every piece of 1, 2 or 3 characters of a token (its grams), the tokens that contain it,
//!
//! and finds the tokens that contain a query word from its grams: a word of up to 3 characters
//! is a gram itself, so its list is the answer; a longer word's tokens contain all of its
//! trigrams, and those are checked with `contains`. "arbetsmiljö" thus finds the token
//! "arbetsmiljöverket".
//!
//! The index only grows: when a case's fields change it adds the case's new tokens and keeps
//! the old ones. A case whose fields lost a token (a corrected title, say) is marked stale and
//! the caller checks it against its fields; every other candidate is known to match.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use balans_domain::{CaseId, CaseState};
use serde::{Deserialize, Serialize};

use crate::cases::searched_fields;

/// Tokens and grams of the searched fields of every case, kept by [`crate::ReadModel`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Each distinct lowercased token, by token id.
    tokens: Vec<Box<str>>,
    /// The id of each token in `tokens`.
    token_ids: HashMap<Box<str>, u32>,
    /// By token id: the ordinals of the cases that hold (or held) the token, ascending.
    postings: Vec<Vec<u32>>,
    /// By gram (see [`gram_key`]): the ids of the tokens that contain it, ascending.
    grams: HashMap<u64, Vec<u32>>,
    /// By ordinal: the indexed cases, in the order they were first indexed.
    cases: Vec<IndexedCase>,
    /// The ordinal of each indexed case.
    ordinals: HashMap<CaseId, u32>,
}

/// What the index knows of one case.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct IndexedCase {
    id: CaseId,
    /// A hash of the searched fields when the case was last indexed: events that leave them as
    /// they were (most of a case's events) cost a hash, not a tokenizing.
    fingerprint: u64,
    /// How many tokens' postings hold this case.
    tokens: u32,
    /// Whether some of those tokens are no longer in the case's fields.
    stale: bool,
}

/// A case that may match a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub case: CaseId,
    /// `false`: the case's fields hold every word (the index is exact for it); `true`: the case
    /// lost tokens since it was first indexed and must be checked against its fields.
    pub check: bool,
}

impl SearchIndex {
    /// Brings the index up to date with a case's fields as they are now.
    pub fn index_case(&mut self, id: CaseId, case: &CaseState) {
        let fingerprint = fingerprint(case);
        let ordinal = match self.ordinals.get(&id) {
            Some(&ordinal) => {
                if self.cases[ordinal as usize].fingerprint == fingerprint {
                    return;
                }
                ordinal
            }
            None => {
                let ordinal = u32::try_from(self.cases.len()).expect("fewer than 2^32 cases");
                self.cases.push(IndexedCase {
                    id,
                    fingerprint,
                    tokens: 0,
                    stale: false,
                });
                self.ordinals.insert(id, ordinal);
                ordinal
            }
        };
        let mut ids: Vec<u32> = Vec::new();
        for field in searched_fields(case) {
            let lower = field.to_lowercase();
            for token in lower.split_whitespace() {
                ids.push(self.token_id(token));
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let mut added = 0;
        for &token in &ids {
            let posting = &mut self.postings[token as usize];
            // Cases are numbered as they are first seen, so this is mostly a push at the end.
            if let Err(at) = posting.binary_search(&ordinal) {
                posting.insert(at, ordinal);
                added += 1;
            }
        }
        let entry = &mut self.cases[ordinal as usize];
        entry.fingerprint = fingerprint;
        entry.tokens += added;
        // The postings now hold the case under its current tokens and under any it had before;
        // if those are more, some token is gone from its fields.
        if (entry.tokens as usize) > ids.len() {
            entry.stale = true;
        }
    }

    /// The cases that may hold every word (lowercased, without whitespace), in the order they were
    /// first indexed. No words: no candidates (the caller does not ask the index then).
    pub fn candidates(&self, words: &[String]) -> Vec<Candidate> {
        let mut per_word: Vec<(Cow<'_, [u32]>, usize)> = Vec::with_capacity(words.len());
        for word in words {
            let tokens = self.tokens_containing(word);
            let postings: usize = tokens
                .iter()
                .map(|&t| self.postings[t as usize].len())
                .sum();
            if postings == 0 {
                return Vec::new();
            }
            per_word.push((tokens, postings));
        }
        // The rarest word first: the others only narrow what it found.
        per_word.sort_by_key(|(_, postings)| *postings);
        let Some(((first, _), rest)) = per_word.split_first() else {
            return Vec::new();
        };
        let mut found = self.union(first);
        for (tokens, postings) in rest {
            if found.is_empty() {
                break;
            }
            // Looking each case up in the word's postings, or marking all of them once.
            let probes = found.len().saturating_mul(tokens.len()).saturating_mul(8);
            if probes < postings + self.cases.len() / 64 {
                found.retain(|ordinal| {
                    tokens
                        .iter()
                        .any(|&t| self.postings[t as usize].binary_search(ordinal).is_ok())
                });
            } else {
                let marked = self.marked(tokens);
                found.retain(|&ordinal| marked.contains(ordinal));
            }
        }
        found
            .into_iter()
            .map(|ordinal| {
                let case = &self.cases[ordinal as usize];
                Candidate {
                    case: case.id,
                    check: case.stale,
                }
            })
            .collect()
    }

    /// About how many bytes the index holds on the heap (its maps counted at their capacity, but
    /// without the allocator's own overhead).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let strings: usize = self.tokens.iter().map(|t| t.len()).sum();
        let map_entry = |key: usize, value: usize| key + value + 1;
        let postings: usize = self.postings.iter().map(|p| p.capacity() * 4).sum();
        let grams: usize = self.grams.values().map(|g| g.capacity() * 4).sum();
        self.tokens.capacity() * size_of::<Box<str>>()
            + 2 * strings
            + self.token_ids.capacity() * map_entry(size_of::<Box<str>>(), 4)
            + self.postings.capacity() * size_of::<Vec<u32>>()
            + postings
            + self.grams.capacity() * map_entry(8, size_of::<Vec<u32>>())
            + grams
            + self.cases.capacity() * size_of::<IndexedCase>()
            + self.ordinals.capacity() * map_entry(size_of::<CaseId>(), 4)
    }

    /// Sizes of the index: distinct tokens, case entries in postings, grams.
    pub fn counts(&self) -> (usize, usize, usize) {
        (
            self.tokens.len(),
            self.postings.iter().map(Vec::len).sum(),
            self.grams.len(),
        )
    }

    fn token_id(&mut self, token: &str) -> u32 {
        if let Some(&id) = self.token_ids.get(token) {
            return id;
        }
        let id = u32::try_from(self.tokens.len()).expect("fewer than 2^32 tokens");
        self.tokens.push(token.into());
        self.token_ids.insert(token.into(), id);
        self.postings.push(Vec::new());
        let chars: Vec<char> = token.chars().collect();
        for size in 1..=3 {
            for gram in chars.windows(size) {
                let tokens = self.grams.entry(gram_key(gram)).or_default();
                // A gram can occur twice in one token ("aaaa"); the token is listed once.
                if tokens.last() != Some(&id) {
                    tokens.push(id);
                }
            }
        }
        id
    }

    /// The ids of the tokens that contain `word`, ascending.
    fn tokens_containing(&self, word: &str) -> Cow<'_, [u32]> {
        let chars: Vec<char> = word.chars().collect();
        if chars.is_empty() {
            return (0..self.tokens.len() as u32).collect();
        }
        if chars.len() <= 3 {
            return self
                .grams
                .get(&gram_key(&chars))
                .map_or(Cow::Borrowed(&[]), |tokens| Cow::Borrowed(tokens));
        }
        let mut lists: Vec<&Vec<u32>> = Vec::with_capacity(chars.len() - 2);
        for trigram in chars.windows(3) {
            match self.grams.get(&gram_key(trigram)) {
                Some(tokens) => lists.push(tokens),
                None => return Cow::Borrowed(&[]),
            }
        }
        lists.sort_by_key(|tokens| tokens.len());
        let (shortest, others) = lists.split_first().expect("a word of 4 characters or more");
        shortest
            .iter()
            .copied()
            .filter(|token| others.iter().all(|list| list.binary_search(token).is_ok()))
            .filter(|&token| self.tokens[token as usize].contains(word))
            .collect()
    }

    /// The cases that hold any of `tokens`, ascending.
    fn union(&self, tokens: &[u32]) -> Vec<u32> {
        match tokens {
            [] => Vec::new(),
            [token] => self.postings[*token as usize].clone(),
            _ => self.marked(tokens).ordinals(),
        }
    }

    fn marked(&self, tokens: &[u32]) -> Bits {
        let mut bits = Bits::new(self.cases.len());
        for &token in tokens {
            for &ordinal in &self.postings[token as usize] {
                bits.insert(ordinal);
            }
        }
        bits
    }
}

/// A set of case ordinals as one bit each.
struct Bits(Vec<u64>);

impl Bits {
    fn new(len: usize) -> Self {
        Bits(vec![0; len.div_ceil(64)])
    }

    fn insert(&mut self, ordinal: u32) {
        self.0[ordinal as usize / 64] |= 1 << (ordinal % 64);
    }

    fn contains(&self, ordinal: u32) -> bool {
        self.0[ordinal as usize / 64] & (1 << (ordinal % 64)) != 0
    }

    fn ordinals(&self) -> Vec<u32> {
        let mut ordinals = Vec::new();
        for (at, &word) in self.0.iter().enumerate() {
            let mut word = word;
            while word != 0 {
                let bit = word.trailing_zeros();
                ordinals.push(at as u32 * 64 + bit);
                word &= word - 1;
            }
        }
        ordinals
    }
}

/// One number per piece of 1 to 3 characters: each character takes 21 bits (plus one, so that
/// pieces of different lengths never share a number).
fn gram_key(gram: &[char]) -> u64 {
    gram.iter()
        .fold(0, |key, &c| (key << 21) | (u64::from(c) + 1))
}

/// A hash of the searched fields, each with its length, so that moving text between fields or
/// adding an empty one changes it too.
fn fingerprint(case: &CaseState) -> u64 {
    let mut hasher = DefaultHasher::new();
    for field in searched_fields(case) {
        field.hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_of_different_lengths_never_share_a_key() {
        let max = char::MAX;
        assert_ne!(gram_key(&['\0']), gram_key(&['\0', '\0']));
        assert!(gram_key(&[max]) < gram_key(&['\0', '\0']));
        assert!(gram_key(&[max, max]) < gram_key(&['\0', '\0', '\0']));
    }

    #[test]
    fn bits_list_their_ordinals_ascending() {
        let mut bits = Bits::new(200);
        for ordinal in [199, 0, 64, 63, 130] {
            bits.insert(ordinal);
        }
        assert_eq!(bits.ordinals(), [0, 63, 64, 130, 199]);
        assert!(bits.contains(130) && !bits.contains(131));
    }
}
