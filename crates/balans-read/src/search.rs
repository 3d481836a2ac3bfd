//! The free-text index of the read model: which cases hold which words, and which words hold a piece of text.
//!
//! Free text asks for cases where every query word occurs, in any letter case, within one of the
//! case's searched fields (see [`crate::cases::searched_fields`]). A query word has no whitespace,
//! so it occurs in a lowercased field exactly when it occurs in one of the field's lowercased
//! whitespace-separated tokens. The index therefore keeps
//!
//! - a vocabulary of the distinct tokens of every case, each with the cases that hold it
//!   (postings: sets of case ordinals, as roaring bitmaps: a common word's postings take a bit
//!   per case instead of four bytes),
//! - for every piece of 1, 2 or 3 characters of a token (its grams), the tokens that contain it,
//!
//! and finds the tokens that contain a query word from its grams: a word of up to 3 characters
//! is a gram itself, so its list is the answer; a longer word's tokens contain all of its
//! trigrams, and those are checked with `contains`. "arbetsmiljö" thus finds the token
//! "arbetsmiljöverket".
//!
//! The postings hold each case under exactly the tokens of its fields as they are now, so a
//! match needs no check against the case. The read model keeps neither a case's text nor its
//! answers' texts (the log does), so a token's postings are kept apart by where the token came
//! from ([`Field`]), and a field that is replaced drops exactly its own words: the fields the
//! model keeps (title, registry number, commitments, statements) are compared before and after;
//! a corrected text takes the case out of every text posting (a rare event, and the old text is
//! not at hand); answers are only ever added.
//!
//! Every match is returned, so the cost that remains is per match: finding it in the read
//! model's map of cases and putting it in list order (forum, case number). The index keeps each
//! case's forum and number (forums and codes as ranks), counts the matches out by forum, and
//! sorts a forum's matches only when they are not already in number order; a few matches are
//! looked up in the model's map one by one, many are picked up in one walk beside it. A page
//! ([`SearchIndex::leading`]) counts the matches by forum and sorts only the forums it shows.

use std::borrow::{Borrow, Cow};
use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use balans_domain::{CaseId, ForumId};
use roaring::{MultiOps, RoaringBitmap};
use serde::{Deserialize, Serialize};

use crate::CaseView;
use crate::rows::{CaseRow, HeldFields};

/// Tokens and grams of the searched fields of every case, kept by [`crate::ReadModel`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Each distinct lowercased token, by token id.
    tokens: Vec<Box<str>>,
    /// The id of each token in `tokens`.
    token_ids: HashMap<Box<str>, u32>,
    /// By token id, then by [`Field`]: the ordinals of the cases whose fields of that kind
    /// hold the token.
    postings: Vec<[RoaringBitmap; FIELD_KINDS]>,
    /// By gram (see [`gram_key`]): the ids of the tokens that contain it, ascending.
    grams: HashMap<u64, Vec<u32>>,
    /// By ordinal: the indexed cases, in the order they were first indexed.
    #[serde(deserialize_with = "crate::decode::exact_vec")]
    cases: Vec<IndexedCase>,
    /// The ordinal of each indexed case, in the order of the read model's own map of cases, so
    /// that the two can be walked side by side.
    #[serde(deserialize_with = "crate::decode::full_map")]
    ordinals: BTreeMap<CaseId, u32>,
    /// The cases' forums and the codes of their numbers, ranked, so that the matches are put in
    /// the order by forum and number from the index rather than from the cases.
    forums: Ranked<ForumId>,
    codes: Ranked<Box<str>>,
}

/// Where the tokens of a case's searched fields came from, so that a replaced field loses its
/// own words and no other field's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The fields the read model keeps: title, registry number (diarienummer), commitments and
    /// statements ([`HeldFields`]).
    Held = 0,
    /// The case's text, which only the log keeps.
    Text = 1,
    /// The answers' texts, which only the log keeps; answers are only ever added.
    Answers = 2,
}

/// How many kinds of [`Field`] there are.
const FIELD_KINDS: usize = 3;

/// What the index knows of one case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct IndexedCase {
    id: CaseId,
    /// The forum's id in `forums`.
    forum: u32,
    /// The case number: the code's id in `codes`, the year and the sequence.
    code: u32,
    year: i16,
    sequence: u32,
}

/// A few values (forums, codes), each with an id in the order first seen and its rank among
/// all of them in their own order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Ranked<T: Ord + Hash> {
    values: Vec<T>,
    ids: HashMap<T, u32>,
    /// By id: the value's place among all values.
    ranks: Vec<u32>,
}

impl<T: Ord + Hash> Default for Ranked<T> {
    fn default() -> Self {
        Ranked {
            values: Vec::new(),
            ids: HashMap::new(),
            ranks: Vec::new(),
        }
    }
}

impl<T: Ord + Hash + Clone> Ranked<T> {
    fn id<Q: Hash + Eq + ?Sized>(&mut self, value: &Q, owned: impl Fn(&Q) -> T) -> u32
    where
        T: Borrow<Q>,
    {
        if let Some(&id) = self.ids.get(value) {
            return id;
        }
        let id = u32::try_from(self.values.len()).expect("fewer than 2^32 values");
        self.values.push(owned(value));
        self.ids.insert(owned(value), id);
        // New values are rare (a forum, a code): rank them all again.
        let mut order: Vec<u32> = (0..=id).collect();
        order.sort_by(|&a, &b| self.values[a as usize].cmp(&self.values[b as usize]));
        self.ranks = vec![0; order.len()];
        for (rank, &value) in order.iter().enumerate() {
            self.ranks[value as usize] = rank as u32;
        }
        id
    }
}

/// The first cases in list order that match a query, and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leading {
    /// How many cases match.
    pub matches: usize,
    /// The first of them in list order, as many as asked for.
    pub first: Vec<CaseId>,
}

impl SearchIndex {
    /// Indexes a case just opened, under every one of its searched fields.
    /// `text` is the case's text, which the row does not keep; a case opens with no answers.
    pub fn add_case(&mut self, id: CaseId, case: &CaseRow, text: &str) {
        let ordinal = self.ordinal(id, case);
        self.insert(ordinal, Field::Held, case.held_fields());
        self.insert(ordinal, Field::Text, [text]);
    }

    /// Adds `texts`, new fields of kind `field`, to what the case is found by.
    pub fn add<'t>(
        &mut self,
        id: CaseId,
        case: &CaseRow,
        field: Field,
        texts: impl IntoIterator<Item = &'t str>,
    ) {
        let ordinal = self.ordinal(id, case);
        self.insert(ordinal, field, texts);
    }

    /// Puts the case with `ordinal` in the postings of `texts`' tokens for `field`.
    fn insert<'t>(&mut self, ordinal: u32, field: Field, texts: impl IntoIterator<Item = &'t str>) {
        for token in self.token_ids_of(texts) {
            self.postings[token as usize][field as usize].insert(ordinal);
        }
    }

    /// The tokens of a case's kept fields ([`Field::Held`]), for [`Self::replace_held`] once an
    /// event may have replaced some of them.
    pub fn held_tokens(&mut self, case: &CaseRow) -> Vec<u32> {
        self.token_ids_of(case.held_fields())
    }

    /// The case's kept fields had the tokens `before` ([`Self::held_tokens`]) and are now
    /// `case`'s: it is found by exactly the new ones' words.
    pub fn replace_held(&mut self, id: CaseId, case: &CaseRow, before: &[u32]) {
        let ordinal = self.ordinal(id, case);
        let after = self.held_tokens(case);
        let held = Field::Held as usize;
        for token in before.iter().filter(|t| after.binary_search(t).is_err()) {
            self.postings[*token as usize][held].remove(ordinal);
        }
        for &token in &after {
            self.postings[token as usize][held].insert(ordinal);
        }
    }

    /// The case's text was replaced by `text`. The old text is not at hand, so the case leaves
    /// every token's text postings: corrections are rare, and this costs one lookup a token.
    pub fn replace_text(&mut self, id: CaseId, case: &CaseRow, text: &str) {
        let ordinal = self.ordinal(id, case);
        let field = Field::Text as usize;
        for postings in &mut self.postings {
            postings[field].remove(ordinal);
        }
        self.insert(ordinal, Field::Text, [text]);
    }

    /// The case's ordinal, indexing the case (its forum and number) when it is new.
    fn ordinal(&mut self, id: CaseId, case: &CaseRow) -> u32 {
        if let Some(&ordinal) = self.ordinals.get(&id) {
            return ordinal;
        }
        let forum = self.forums.id(&case.forum, |forum| *forum);
        let code = self
            .codes
            .id(case.number.forum_code.as_str(), |code| code.into());
        let ordinal = u32::try_from(self.cases.len()).expect("fewer than 2^32 cases");
        self.cases.push(IndexedCase {
            id,
            forum,
            code,
            year: case.number.year,
            sequence: case.number.sequence,
        });
        self.ordinals.insert(id, ordinal);
        ordinal
    }

    /// The ids of the distinct lowercased tokens of `texts`, ascending; new tokens get ids.
    fn token_ids_of<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) -> Vec<u32> {
        let mut ids: Vec<u32> = Vec::new();
        for text in texts {
            let lower = text.to_lowercase();
            for token in lower.split_whitespace() {
                ids.push(self.token_id(token));
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The cases of `cases` (the read model's) that hold every word, by forum and case
    /// number (then id). Few are looked up one by one; many are picked up by walking `cases`
    /// beside the index's ordinals, both in id order.
    pub fn found<'a>(
        &self,
        words: &[String],
        cases: &'a BTreeMap<CaseId, CaseView>,
    ) -> Vec<&'a CaseView> {
        let matching = self.matching(words);
        // By place in `matching`: the case in the read model.
        let mut views: Vec<Option<&'a CaseView>> = vec![None; matching.len()];
        if matching.len() < cases.len() / 8 {
            for (view, &ordinal) in views.iter_mut().zip(&matching) {
                *view = cases.get(&self.cases[ordinal as usize].id);
            }
        } else {
            let mut marked = Bits::new(self.cases.len());
            for &ordinal in &matching {
                marked.insert(ordinal);
            }
            let places = marked.places();
            let mut ordinals = self.ordinals.iter().peekable();
            for (id, view) in cases {
                while ordinals.next_if(|(indexed, _)| *indexed < id).is_some() {}
                if let Some((_, &ordinal)) = ordinals.next_if(|(indexed, _)| *indexed == id)
                    && let Some(place) = places.place(&marked, ordinal)
                {
                    views[place] = Some(view);
                }
            }
        }
        self.in_list_order(&matching)
            .into_iter()
            .filter_map(|place| views[place as usize])
            .collect()
    }

    /// The cases that hold every word: how many, and the first `count` of them in list order
    /// (by forum, then number, then id), without looking any case up: a page of many matches
    /// reads only the cases it shows.
    ///
    /// Only the forums that hold the first matches are sorted: a page of a common word's tens of
    /// thousands of matches orders the hundred or so of the first forum, not all of them.
    pub fn leading(&self, words: &[String], count: usize) -> Leading {
        let matching = self.matching(words);
        let mut per_forum = vec![0_usize; self.forums.values.len()];
        for &ordinal in &matching {
            per_forum[self.forum_rank(ordinal)] += 1;
        }
        let wanted = count.min(matching.len());
        let mut forums = 0;
        let mut covered = 0;
        while covered < wanted {
            covered += per_forum[forums];
            forums += 1;
        }
        let mut first: Vec<u32> = matching
            .iter()
            .copied()
            .filter(|&ordinal| self.forum_rank(ordinal) < forums)
            .collect();
        first.sort_by_cached_key(|&ordinal| (self.forum_rank(ordinal), self.number_order(ordinal)));
        first.truncate(wanted);
        Leading {
            matches: matching.len(),
            first: first
                .into_iter()
                .map(|ordinal| self.cases[ordinal as usize].id)
                .collect(),
        }
    }

    /// Places in `matching` (ascending ordinals) in the order cases are listed: by forum, then
    /// number (code, year, sequence), then id. The forums are counted out, and within a forum
    /// the cases, first indexed as they were opened, mostly come in number order already.
    fn in_list_order(&self, matching: &[u32]) -> Vec<u32> {
        let rank = |ordinal: u32| self.forum_rank(ordinal);
        let mut starts = vec![0; self.forums.values.len() + 1];
        for &ordinal in matching {
            starts[rank(ordinal) + 1] += 1;
        }
        for at in 1..starts.len() {
            starts[at] += starts[at - 1];
        }
        let mut order = vec![0; matching.len()];
        let mut next = starts.clone();
        for (place, &ordinal) in matching.iter().enumerate() {
            let rank = rank(ordinal);
            order[next[rank]] = place as u32;
            next[rank] += 1;
        }
        let number = |place: &u32| self.number_order(matching[*place as usize]);
        for forum in starts.windows(2) {
            let cases = &mut order[forum[0]..forum[1]];
            if !cases.is_sorted_by_key(number) {
                cases.sort_unstable_by_key(number);
            }
        }
        order
    }

    /// Where a case's forum comes in list order.
    fn forum_rank(&self, ordinal: u32) -> usize {
        let forum = self.cases[ordinal as usize].forum;
        self.forums.ranks[forum as usize] as usize
    }

    /// Where a case comes in list order within its forum: by number (code, year, sequence),
    /// then id.
    fn number_order(&self, ordinal: u32) -> (u32, i16, u32, CaseId) {
        let case = &self.cases[ordinal as usize];
        let code = self.codes.ranks[case.code as usize];
        (code, case.year, case.sequence, case.id)
    }

    /// The ordinals of the cases that hold every word, ascending.
    fn matching(&self, words: &[String]) -> Vec<u32> {
        let mut per_word: Vec<(Cow<'_, [u32]>, u64)> = Vec::with_capacity(words.len());
        for word in words {
            let tokens = self.tokens_containing(word);
            let postings: u64 = tokens
                .iter()
                .flat_map(|&t| &self.postings[t as usize])
                .map(RoaringBitmap::len)
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
            // Looking each case up in the word's postings, or joining all of them once.
            let probes = found.len().saturating_mul(tokens.len() as u64);
            if probes.saturating_mul(8) < *postings {
                found = found
                    .iter()
                    .filter(|&ordinal| {
                        tokens.iter().any(|&t| {
                            self.postings[t as usize]
                                .iter()
                                .any(|field| field.contains(ordinal))
                        })
                    })
                    .collect();
            } else {
                found &= self.union(tokens);
            }
        }
        found.iter().collect()
    }

    /// About how many bytes the index holds on the heap (hash maps counted at their capacity, the
    /// B-tree at half again its entries, without the allocator's own overhead).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let strings: usize = self.tokens.iter().map(|t| t.len()).sum();
        let map_entry = |key: usize, value: usize| key + value + 1;
        let postings: usize = self
            .postings
            .iter()
            .flatten()
            .map(RoaringBitmap::serialized_size)
            .sum();
        let grams: usize = self.grams.values().map(|g| g.capacity() * 4).sum();
        self.tokens.capacity() * size_of::<Box<str>>()
            + 2 * strings
            + self.token_ids.capacity() * map_entry(size_of::<Box<str>>(), 4)
            + self.postings.capacity() * size_of::<[RoaringBitmap; FIELD_KINDS]>()
            + postings
            + self.grams.capacity() * map_entry(8, size_of::<Vec<u32>>())
            + grams
            + self.cases.capacity() * size_of::<IndexedCase>()
            + self.ordinals.len() * (size_of::<CaseId>() + 4) * 3 / 2
            + (self.forums.values.len() + self.codes.values.len()) * 96
    }

    /// Sizes of the index: distinct tokens, case entries in postings, grams.
    pub fn counts(&self) -> (usize, usize, usize) {
        (
            self.tokens.len(),
            self.postings
                .iter()
                .flatten()
                .map(|p| p.len() as usize)
                .sum(),
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
        self.postings.push(Default::default());
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

    /// The cases that hold any of `tokens`.
    fn union(&self, tokens: &[u32]) -> RoaringBitmap {
        tokens
            .iter()
            .flat_map(|&token| &self.postings[token as usize])
            .union()
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

    /// How many ordinals come before each word of bits.
    fn places(&self) -> Places {
        let mut before = Vec::with_capacity(self.0.len());
        let mut count = 0;
        for word in &self.0 {
            before.push(count);
            count += word.count_ones();
        }
        Places(before)
    }
}

/// The place of each ordinal of a [`Bits`] among its ordinals in ascending order.
struct Places(Vec<u32>);

impl Places {
    fn place(&self, bits: &Bits, ordinal: u32) -> Option<usize> {
        let (word, bit) = (ordinal as usize / 64, ordinal % 64);
        let below = bits.0[word] & ((1u64 << bit) - 1);
        bits.contains(ordinal)
            .then(|| (self.0[word] + below.count_ones()) as usize)
    }
}

/// One number per piece of 1 to 3 characters: each character takes 21 bits (plus one, so that
/// pieces of different lengths never share a number).
fn gram_key(gram: &[char]) -> u64 {
    gram.iter()
        .fold(0, |key, &c| (key << 21) | (u64::from(c) + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::{matches_words, query_words};
    use crate::{CaseFilter, ReadModel};
    use balans_app::App;
    use balans_store::MemoryStore;
    use jiff::civil::Date;
    use std::time::{Duration, Instant};

    /// The index's size and the time of free-text queries (the benchmark's and a few more) on a
    /// generated history of `BALANS_SEARCH_EVENTS` events (100,000 unless set; seed 1, as the
    /// benchmark's).
    #[test]
    #[ignore = "generates a large history: cargo test --release -p balans-read -- --ignored --nocapture"]
    fn size_and_speed_on_a_generated_history() {
        let events = std::env::var("BALANS_SEARCH_EVENTS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(100_000);
        let app = App::new(MemoryStore::new());
        balans_gen::generate_into(&app, balans_gen::Options::new(events, 1), |_| {})
            .expect("generated");
        let started = Instant::now();
        let model = ReadModel::load(app.store()).expect("loads");
        let loaded = started.elapsed();
        let (tokens, postings, grams) = model.search.counts();
        eprintln!(
            "{events} events, {} cases, loaded in {loaded:?}: {tokens} tokens, {postings} \
             postings, {grams} grams, about {:.1} MiB",
            model.cases.len(),
            model.search.heap_bytes() as f64 / (1024.0 * 1024.0),
        );
        let whole: BTreeMap<CaseId, balans_domain::CaseState> = model
            .cases
            .keys()
            .map(|&id| {
                let case = crate::case_whole(app.store(), &model.cases[&id].log).expect("reads");
                (id, case.expect("in the log"))
            })
            .collect();
        for query in [
            "bemanning sommaren",
            "skyddsombuden riskbedömning",
            "ventilation",
            "arbetsmiljö",
            "a",
        ] {
            let filter = CaseFilter {
                text: Some(query.into()),
                ..CaseFilter::default()
            };
            let mut times: Vec<Duration> = (0..200)
                .map(|_| {
                    let started = Instant::now();
                    std::hint::black_box(model.cases(&filter, Date::MIN));
                    started.elapsed()
                })
                .collect();
            times.sort();
            let indexed: Vec<CaseId> = model
                .cases(&filter, Date::MIN)
                .iter()
                .map(|v| v.state.id)
                .collect();
            let started = Instant::now();
            let words = query_words(query);
            let scanned: Vec<CaseId> = model
                .cases_by_scan(&filter, Date::MIN)
                .iter()
                .map(|v| v.state.id)
                .filter(|id| matches_words(&whole[id], &words))
                .collect();
            eprintln!(
                "{query:?}: {} found, p50 {:?}, p99 {:?}; scan {:?}",
                indexed.len(),
                times[100],
                times[198],
                started.elapsed()
            );
            assert_eq!(indexed, scanned);
        }
    }

    #[test]
    fn grams_of_different_lengths_never_share_a_key() {
        let max = char::MAX;
        assert_ne!(gram_key(&['\0']), gram_key(&['\0', '\0']));
        assert!(gram_key(&[max]) < gram_key(&['\0', '\0']));
        assert!(gram_key(&[max, max]) < gram_key(&['\0', '\0', '\0']));
    }

    #[test]
    fn bits_place_their_ordinals_in_ascending_order() {
        let mut bits = Bits::new(200);
        for ordinal in [199, 0, 64, 63, 130] {
            bits.insert(ordinal);
        }
        assert!(bits.contains(130) && !bits.contains(131));
        let places = bits.places();
        let at = |ordinal| places.place(&bits, ordinal);
        assert_eq!(
            [at(0), at(63), at(64), at(130), at(199), at(65)],
            [Some(0), Some(1), Some(2), Some(3), Some(4), None]
        );
    }
}
