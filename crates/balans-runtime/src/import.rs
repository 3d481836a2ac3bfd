//! The import use case: a protocol read into a draft with links proposed against the live model, and a (reviewed) draft recorded as the commands a secretary would give, in one atomic append.
//!
//! An item that continues a case of an earlier meeting (a carried-over question, an answer to
//! an earlier question, a promise kept or renewed, a balance-list item, a board matter with the
//! same registry number) is proposed as a [`Link`] with its reason and score; committing it
//! appends to that case's stream instead of opening a new case, so the case's history runs
//! across meetings.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use balans_app::{AppError, CommandMeta};
use balans_domain::{
    CaseId, CaseKind, Command, CommitmentSpec, Due, DueBy, ForumId, MeetingId, MeetingState,
    MinutesSection, Party, Resolution, StatementKind,
};
use balans_protocol::ReadError;
use balans_protocol::draft::{Draft, ItemDraft, ItemKind, Link, LinkAction, Outcome};
use balans_protocol::items::shorten;
use balans_protocol::lexicon::content_words;
use balans_read::{CaseRow, CaseView, ReadModel};
use balans_store::EventStore;
use jiff::civil::Date;
use regex::Regex;
use ulid::Ulid;

use crate::Runtime;

/// How an import is recorded.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The forum to record into: its code, name or id (a name no forum has makes a new forum
    /// of that name). Default: the existing forum the protocol's header matches.
    pub forum: Option<String>,
    /// Make a new forum of the one the protocol names when no existing forum matches it. Without
    /// this (or `forum`) a protocol that matches no forum is refused: nothing creates a forum
    /// unless the person importing chose it.
    pub new_forum: bool,
    /// Record even if the forum already has a meeting on that date.
    pub force: bool,
    /// Who records it: checked like any writer, and named as each event's `recorded_by`.
    pub principal: balans_domain::Principal,
    /// The meeting's date when the protocol does not give one.
    pub date: Option<Date>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            forum: None,
            new_forum: false,
            force: false,
            principal: balans_domain::Principal::local("import"),
            date: None,
        }
    }
}

impl ImportError {
    /// The error in Swedish, for the secretary who imports: what is wrong and what to do, in
    /// words any door can show (the command line adds its flags: [`Self::command_line_hint`]).
    pub fn swedish(&self) -> String {
        match self {
            ImportError::NoDate => {
                "protokollet anger inget mötesdatum: ange vilket datum mötet hölls".to_string()
            }
            ImportError::NoForum => "protokollet nämner ingen samverkansgrupp (förvaltningsgrupp, LSG, skyddskommitté …): välj vilken grupp det hör till".to_string(),
            ImportError::Duplicate { forum, date } => format!(
                "{forum} har redan ett möte den {date}: protokollet verkar redan inläst"
            ),
            ImportError::ForumNotChosen { closest } => format!(
                "protokollet passar ingen samverkansgrupp{}: välj en, eller skapa en ny",
                closest
                    .as_ref()
                    .map(|c| format!(" (närmast är {c})"))
                    .unwrap_or_default()
            ),
            ImportError::BadLink { item, case } => format!(
                "punkt {item} kopplas till ärende {case}, som inte är ett öppet ärende i gruppen"
            ),
            ImportError::Read(error) => error.swedish(),
            ImportError::Refused { origin, source, .. } => {
                let origin = if origin == "meeting" { "mötet" } else { origin };
                let reason = source.swedish();
                let reason = reason.trim_end_matches('.');
                format!("Importen sparades inte, inget av den: {reason} (gäller {origin}).")
            }
            ImportError::App(error) => error.swedish(),
            ImportError::Cancelled => "inläsningen avbröts (begäran tog för lång tid eller klienten gick): inget sparades".to_string(),
        }
    }

    /// What to give `balans import` to get past the error, in Swedish, where a flag does it.
    pub fn command_line_hint(&self) -> Option<&'static str> {
        match self {
            ImportError::NoDate => Some("ange det med --date (till exempel 14/1 2025)"),
            ImportError::NoForum => Some("ange den med --forum"),
            ImportError::Duplicate { .. } => Some("använd --force för att spara det igen"),
            ImportError::ForumNotChosen { .. } => {
                Some("välj en med --forum, eller skapa en ny med --new-forum")
            }
            _ => None,
        }
    }

    /// [`Self::swedish`] with [`Self::command_line_hint`], for the command line.
    pub fn swedish_for_command_line(&self) -> String {
        match self.command_line_hint() {
            Some(hint) => format!("{} ({hint})", self.swedish()),
            None => self.swedish(),
        }
    }
}

/// What a committed import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOutcome {
    pub forum: ForumId,
    pub forum_created: bool,
    pub meeting: MeetingId,
    /// New cases opened.
    pub opened: usize,
    /// Items recorded on cases of earlier meetings.
    pub linked: usize,
    pub commands: usize,
    pub events: usize,
    pub last_position: u64,
}

/// Why a protocol gave no draft or a draft was not recorded. Nothing is stored in any of these cases.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the protocol gives no meeting date: give one with --date YYYY-MM-DD")]
    NoDate,
    #[error(
        "the protocol names no forum (förvaltningsgrupp, LSG, skyddskommitté …): give one with --forum"
    )]
    NoForum,
    #[error(
        "{forum} already has a meeting on {date}: this protocol seems imported already (use --force to record it again)"
    )]
    Duplicate { forum: String, date: Date },
    #[error(
        "the protocol matches no forum{}: choose one with --forum, or make a new one with --new-forum",
        closest.as_ref().map(|c| format!(" (the closest is {c})")).unwrap_or_default()
    )]
    ForumNotChosen { closest: Option<String> },
    #[error("item {item} links to case {case}, which is not an open case of this forum")]
    BadLink { item: String, case: CaseId },
    #[error("{0}")]
    Read(#[from] ReadError),
    #[error("{command} for {origin} was refused; nothing was stored: {source}")]
    Refused {
        /// The command's name (`CreateForum`) and what in the draft it came from.
        command: &'static str,
        origin: String,
        /// The draft item (`i3`) whose command was refused, if it came from one.
        item: Option<String>,
        #[source]
        source: Box<AppError>,
    },
    #[error(transparent)]
    App(#[from] AppError),
    /// The request that asked for the work gave up on it (it timed out, or its client went
    /// away), so the work stopped between two of its steps. Nothing was stored.
    #[error(
        "the import was cancelled (the request timed out or its client went away); nothing was stored"
    )]
    Cancelled,
}

/// Stops an import's work between its steps once set: by the request that waits for the
/// work, when it gives up (see [`Cancel::on_drop`]). The work runs on a thread of its own, which
/// a request's timeout cannot stop otherwise.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }

    /// `Err(Cancelled)` once cancelled: what the work asks between its steps.
    pub fn check(&self) -> Result<(), ImportError> {
        if self.is_cancelled() {
            return Err(ImportError::Cancelled);
        }
        Ok(())
    }

    /// A guard that cancels when it is dropped: kept by the future that waits for the work, it
    /// cancels the work when that future is dropped unfinished (a timeout, a client gone).
    pub fn on_drop(&self) -> CancelOnDrop {
        CancelOnDrop(Some(self.clone()))
    }
}

/// See [`Cancel::on_drop`].
#[derive(Debug)]
pub struct CancelOnDrop(Option<Cancel>);

impl CancelOnDrop {
    /// The work finished: dropping the guard no longer cancels anything.
    pub fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        if let Some(cancel) = &self.0 {
            cancel.cancel();
        }
    }
}

// The cues mark word edges with a neighbour that is no letter or digit rather than `\b`: a
// Unicode `\b` keeps the regex crate's fast automaton off any text with å, ä or ö (every
// Swedish text), and a match is only tested, never located.
static FULFILMENT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}\p{N}_])(?:återkom|återkopplade|återrapporterade|redovisade|redogjorde|presenterade|informerade|har\s+genomförts|är\s+genomförd|är\s+klar|är\s+klart|har\s+tagits\s+fram|har\s+skickats|har\s+gjorts|har\s+setts\s+över|ställer\s+sig\s+bakom|har\s+funderat|har\s+nu|svarade)(?:[^\p{L}\p{N}_]|$)").expect("regex")
});
static CONTINUATION_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)föregående\s+möte|förra\s+mötet|tidigare\s+möte|sedan\s+förra|kvarstår|(?:^|[^\p{L}\p{N}_])återkom(?:[^\p{L}\p{N}_]|$)|återkopplade|som\s+utlovat|som\s+utlovats|utlovade|enligt\s+tidigare|från\s+förra|vid\s+förra|vid\s+föregående").expect("regex")
});

/// How alike an item must be to an open case to be proposed as its continuation when it says
/// it continues something (a carried-over heading, "återkom", "föregående möte").
const LINK_WITH_A_CUE: f32 = 0.35;
/// How alike, with the same party, when it says nothing of where it came from.
const LINK_WITHOUT_A_CUE: f32 = 0.6;

/// A text's content words, each with its length in characters counted once: a draft compares
/// every word of its items with every word of each case of the forum.
struct Words(Vec<(String, usize)>);

impl Words {
    fn of(text: &str) -> Self {
        Words(
            content_words(text)
                .into_iter()
                .map(|word| {
                    let chars = word.chars().count();
                    (word, chars)
                })
                .collect(),
        )
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Words of two texts that agree: the same word, or the same word inflected (a common stem of
/// six letters, or Jaro-Winkler ≥ 0.93 between long words).
#[cfg(test)]
fn alike(a: &str, b: &str) -> bool {
    alike_counted((a, a.chars().count()), (b, b.chars().count()))
}

/// [`alike`] of words with their lengths in characters. Jaro-Winkler is at most
/// 0.8 + 0.2 × shorter / longer (Jaro at most (2 + shorter / longer) / 3, and a prefix of four
/// adds at most 0.4 of what is left), so it reaches 0.93 only if the shorter word has at least
/// 0.65 of the longer's length: other pairs are not compared.
fn alike_counted((a, a_chars): (&str, usize), (b, b_chars): (&str, usize)) -> bool {
    if a == b {
        return true;
    }
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if prefix >= 6 {
        return true;
    }
    let (shorter, longer) = (a_chars.min(b_chars), a_chars.max(b_chars));
    shorter >= 6 && 20 * shorter >= 13 * longer && strsim::jaro_winkler(a, b) >= 0.93
}

fn case_words(case: &balans_domain::CaseState) -> Words {
    let mut text = format!("{} {}", case.title, case.text);
    for c in &case.commitments {
        text.push(' ');
        text.push_str(&c.what);
    }
    for a in &case.answers {
        text.push(' ');
        text.push_str(&a.text);
    }
    for s in &case.statements {
        text.push(' ');
        text.push_str(&s.text);
    }
    Words::of(&text)
}

/// The content words of the cases drafts were compared with, by case, with the case's version
/// when they were read: reading a case's texts from the log costs more than comparing them, and
/// a secretary drafts against the same forum again and again while reviewing a protocol. A case
/// written to since is read again.
#[derive(Default)]
pub(crate) struct CaseWords(Mutex<HashMap<CaseId, (u32, Arc<Words>)>>);

impl CaseWords {
    /// At most this many cases are kept; past it the cache starts over. Drafts compare with the
    /// unclosed cases of one forum, a few hundred at most.
    const KEPT_AT_MOST: usize = 50_000;

    fn of(&self, view: &CaseView, store: &impl EventStore) -> Result<Arc<Words>, AppError> {
        let (id, version) = (view.state.id, view.log.version());
        if let Some((known, words)) = self.lock().get(&id)
            && *known == version
        {
            return Ok(Arc::clone(words));
        }
        let whole = balans_read::case_whole(store, &view.log).map_err(crate::app_error_of)?;
        let words = Arc::new(
            whole
                .as_ref()
                .map_or_else(|| Words::of(&view.state.title), case_words),
        );
        let mut known = self.lock();
        if known.len() >= Self::KEPT_AT_MOST {
            known.clear();
        }
        known.insert(id, (version, Arc::clone(&words)));
        Ok(words)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<CaseId, (u32, Arc<Words>)>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The words of the cases a draft's items are compared with, each distinct word kept once, and
/// which of them each word of the draft is alike to, worked out once per draft word: an item is
/// scored against every case of the forum, and the cases share most of their words.
#[derive(Default)]
struct Vocabulary {
    words: Vec<(String, usize)>,
    ids: HashMap<String, u32>,
    alike: HashMap<String, Vec<bool>>,
}

impl Vocabulary {
    /// A case's words as ids of this vocabulary, in their order.
    fn add(&mut self, words: &Words) -> Vec<u32> {
        words
            .0
            .iter()
            .map(|(word, chars)| {
                if let Some(&id) = self.ids.get(word) {
                    return id;
                }
                let id = u32::try_from(self.words.len()).expect("fewer than 2^32 words");
                self.ids.insert(word.clone(), id);
                self.words.push((word.clone(), *chars));
                id
            })
            .collect()
    }

    /// Which words of the vocabulary `word` is alike to, by id.
    fn alike_to(&mut self, (word, chars): &(String, usize)) -> &[bool] {
        let words = &self.words;
        self.alike.entry(word.clone()).or_insert_with(|| {
            words
                .iter()
                .map(|(other, other_chars)| alike_counted((word, *chars), (other, *other_chars)))
                .collect()
        })
    }
}

/// How alike an item's words are to a case's (`case`: ids of `vocabulary`), and the item's words
/// the case shares.
fn similarity(item: &Words, case: &[u32], vocabulary: &mut Vocabulary) -> (f32, Vec<String>) {
    if item.len() == 0 || case.is_empty() {
        return (0.0, Vec::new());
    }
    let shared: Vec<String> = item
        .0
        .iter()
        .filter(|word| {
            let alike = vocabulary.alike_to(word);
            case.iter().any(|&id| alike[id as usize])
        })
        .map(|(word, _)| word.clone())
        .collect();
    let n = shared.len() as f32;
    let overlap = n / (item.len().min(case.len()) as f32);
    let cosine = n / ((item.len() as f32) * (case.len() as f32)).sqrt();
    (0.5 * overlap + 0.5 * cosine, shared)
}

/// The cases of a forum not yet closed (answered ones included: a promise on them may be kept)
/// that an item of a meeting on `date` may continue, by number. Read from the forum's own index,
/// so a draft costs the forum's size, not the whole database's.
fn candidates(model: &ReadModel, forum: ForumId, date: Date) -> Vec<&CaseView> {
    model
        .cases_of(forum)
        .filter(|view| view.state.closed.is_none() && view.state.opened.on <= date)
        .collect()
}

fn unfulfilled_by(case: &CaseRow, party: Option<&Party>) -> Option<u32> {
    case.commitments
        .iter()
        .filter(|c| c.fulfilled.is_none())
        .find(|c| {
            party.is_none_or(|p| c.by == *p || c.by.includes(p, &[]) || p.includes(&c.by, &[]))
        })
        .map(|c| c.number)
}

/// Proposes links from the draft's items to open cases of `forum` (earlier meetings): items of
/// a carried-over or balance-list section, items that say they continue something
/// ("återkom", "föregående möte", "kvarstår"), and board matters with a registry number seen before.
///
/// `store` is the log `model` was folded from: the cases' texts and their answers', which the
/// model does not keep, are read from it.
pub(crate) fn propose_links(
    draft: &mut Draft,
    model: &ReadModel,
    store: &impl EventStore,
    known_words: &CaseWords,
    forum: Option<ForumId>,
    cancel: &Cancel,
) -> Result<(), ImportError> {
    let Some(forum) = forum else {
        return Ok(());
    };
    let date = draft.meeting.date.unwrap_or(Date::MAX);
    let views = candidates(model, forum, date);
    if views.is_empty() {
        return Ok(());
    }
    let mut vocabulary = Vocabulary::default();
    let mut words: Vec<Vec<u32>> = Vec::with_capacity(views.len());
    for view in &views {
        let case = known_words.of(view, store)?;
        words.push(vocabulary.add(&case));
    }
    let cases: Vec<&CaseRow> = views.iter().map(|view| &view.state).collect();
    let mut taken: Vec<CaseId> = Vec::new();
    let children: Vec<(String, String)> = draft
        .items
        .iter()
        .filter_map(|i| i.belongs_to.clone().map(|b| (b, i.id.clone())))
        .collect();
    for index in 0..draft.items.len() {
        cancel.check()?;
        let item = &draft.items[index];
        if item.belongs_to.is_some() || item.link.is_some() {
            continue;
        }
        let proposal = match item.kind {
            ItemKind::BoardMatter => item.registry_number.as_ref().and_then(|number| {
                cases
                    .iter()
                    .find(|c| {
                        c.registry_number.as_deref().is_some_and(|r| {
                            balans_protocol::text::collapse(r).eq_ignore_ascii_case(number)
                        })
                    })
                    .map(|case| Link {
                        case: case.id,
                        number: case.number.to_string(),
                        title: case.title.to_string(),
                        reason: format!("samma diarienummer {number}"),
                        score: 1.0,
                        action: LinkAction::Discussed,
                    })
            }),
            ItemKind::Question | ItemKind::Commitment => {
                let answer_text = item.answer.as_ref().map_or("", |a| a.text.as_str());
                // An item under a carried-over heading, or that says it continues something,
                // links on a modest likeness; any other item only when it is much alike and of
                // the same party: the same subject asked again, or reported on, without a word
                // of where it came from.
                let continues = item.carried_over
                    || item.on_balance_list
                    || CONTINUATION_CUE.is_match(&item.text)
                    || CONTINUATION_CUE.is_match(answer_text);
                let item_words = Words::of(&format!("{} {}", item.text, answer_text));
                // Without a cue only a case of the same party that shares at least half of the
                // smaller one's words outright is compared further: the others are passed over
                // before the costlier comparison of inflected words.
                let exact: Vec<u32> = item_words
                    .0
                    .iter()
                    .filter_map(|(word, _)| vocabulary.ids.get(word).copied())
                    .collect();
                let mut scored: Vec<(f32, usize, Vec<String>, bool)> = cases
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| !taken.contains(&c.id))
                    .filter_map(|(k, case)| {
                        let same_party = match item.kind {
                            ItemKind::Question => {
                                item.raised_by.is_some() && case.raised_by == item.raised_by
                            }
                            _ => case
                                .commitments
                                .iter()
                                .any(|c| Some(&c.by) == item.by.as_ref()),
                        };
                        if !continues {
                            // The same word outright counts half of what an item needs: the
                            // inflected matches can at most make up the rest.
                            let shared = exact.iter().filter(|id| words[k].contains(id)).count();
                            let smaller = item_words.len().min(words[k].len()).max(1);
                            if !same_party || shared < 2 || 2 * shared < smaller {
                                return None;
                            }
                        }
                        let (sim, shared) = similarity(&item_words, &words[k], &mut vocabulary);
                        let score = sim + if same_party { 0.15 } else { 0.0 };
                        Some((score.min(1.0), k, shared, same_party))
                    })
                    .collect();
                scored.sort_by(|a, b| b.0.total_cmp(&a.0));
                let Some((score, k, shared, same_party)) = scored.first().cloned() else {
                    continue;
                };
                if score < LINK_WITH_A_CUE
                    || (!continues && (score < LINK_WITHOUT_A_CUE || !same_party))
                {
                    continue;
                }
                let case = cases[k];
                let item_children: Vec<&ItemDraft> = children
                    .iter()
                    .filter(|(parent, _)| *parent == item.id)
                    .filter_map(|(_, child)| draft.item(child))
                    .collect();
                let action = link_action(item, case, !item_children.is_empty());
                let mut reason = format!(
                    "liknande ord: {}",
                    shared
                        .iter()
                        .take(6)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                if same_party {
                    reason.push_str("; samma part");
                }
                if item.carried_over || item.on_balance_list {
                    reason.push_str(&format!("; under \"{}\"", item.section_title));
                } else if !continues {
                    reason.push_str("; samma ämne, utan hänvisning till tidigare möte");
                }
                Some(Link {
                    case: case.id,
                    number: case.number.to_string(),
                    title: case.title.to_string(),
                    reason,
                    score: (score * 100.0).round() / 100.0,
                    action,
                })
            }
            _ => None,
        };
        if let Some(link) = proposal {
            taken.push(link.case);
            draft.items[index].link = Some(link);
        }
    }
    Ok(())
}

fn link_action(item: &ItemDraft, case: &CaseRow, promises_again: bool) -> LinkAction {
    match item.kind {
        ItemKind::Question => {
            if let Some(answer) = &item.answer {
                match unfulfilled_by(case, Some(&answer.by)) {
                    Some(n) if promises_again => LinkAction::Renewed { commitment: n },
                    Some(n) => LinkAction::Fulfilled { commitment: n },
                    None if case.kind == CaseKind::Question => LinkAction::Answered,
                    None => LinkAction::Discussed,
                }
            } else if case.kind == CaseKind::Question && case.answer_owed.is_none() {
                LinkAction::FollowUp
            } else {
                LinkAction::Discussed
            }
        }
        _ => match unfulfilled_by(case, item.by.as_ref()) {
            Some(n) if FULFILMENT_CUE.is_match(&item.text) => {
                LinkAction::Fulfilled { commitment: n }
            }
            Some(n) => LinkAction::Renewed { commitment: n },
            None => LinkAction::Discussed,
        },
    }
}

/// Whether the forum already has a meeting on `date`: a protocol of it seems imported already.
/// Whether the forum has held a meeting on `date`: then a protocol of that date was imported
/// already.
fn has_meeting_on(model: &ReadModel, forum: ForumId, date: Date) -> bool {
    model
        .meetings_of(forum)
        .iter()
        .any(|m| m.date == date && m.held)
}

/// The forum's meeting scheduled on `date` and not yet held: the meeting a protocol of that
/// date completes, rather than a second meeting on the same day.
fn scheduled_on(model: &ReadModel, forum: ForumId, date: Date) -> Option<&MeetingState> {
    model
        .meetings_of(forum)
        .into_iter()
        .find(|m| m.date == date && !m.held)
}

/// How alike an existing forum is to the one a protocol's header names, 0 to 1, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ForumMatch {
    pub forum: ForumId,
    /// The forum as people know it: "FG-HÄ (Stadsdelsförvaltningen Hägersten-Älvsjö Förvaltningsgrupp)".
    pub label: String,
    pub score: f32,
}

/// From this score a forum is taken to be the protocol's without asking.
pub const FORUM_MATCH_AT_LEAST: f32 = 0.8;
/// From this score a forum is named as a likely one when the draft asks which it is; below it,
/// the header says too little (a neutral half for each part it does not give) to suggest one.
const FORUM_WORTH_NAMING: f32 = 0.6;

/// The existing forums most like the one the draft's header names (its organization and
/// forum name), best first; forums under 0.3 are left out.
pub fn forum_matches(model: &ReadModel, draft: &Draft) -> Vec<ForumMatch> {
    let name = draft.meeting.forum.as_deref().map(folded);
    let organization = draft.meeting.organization.as_deref();
    let mut matches: Vec<ForumMatch> = model
        .forums
        .values()
        .filter_map(|forum| {
            let name_score = name.as_deref().map_or(0.5, |name| {
                let own = folded(&forum.name);
                if own == name || own.contains(name) || name.contains(own.as_str()) {
                    1.0
                } else {
                    strsim::jaro_winkler(&own, name) as f32
                }
            });
            let organization_score = organization.map_or(0.5, |given| {
                organization_likeness(&forum.organization, given)
            });
            let score = 0.6 * organization_score + 0.4 * name_score;
            (score >= 0.3).then(|| ForumMatch {
                forum: forum.id,
                label: format!("{} ({} {})", forum.code, forum.organization, forum.name),
                score,
            })
        })
        .collect();
    matches.sort_by(|a, b| b.score.total_cmp(&a.score));
    matches
}

/// How alike an organization's name is to what a header gives for it: the same or one within
/// the other ("Stockholms stad, Socialförvaltningen"), an abbreviation of it ("SoF" for
/// Socialförvaltningen: its letters in order, the first first), or else how alike the words
/// that tell administrations apart are ("Hägersten-Älvsjö", "Social"), not the "förvaltningen"
/// every one of them ends in.
fn organization_likeness(own: &str, given: &str) -> f32 {
    let (own, given_folded) = (folded(own), folded(given));
    if own == given_folded || given_folded.contains(own.as_str()) || own.contains(&given_folded) {
        return 1.0;
    }
    let abbreviated = given
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| {
            let letters = word.chars().count();
            (2..=6).contains(&letters) && word.chars().any(char::is_uppercase)
        })
        .any(|word| is_abbreviation(&word.to_lowercase(), &own));
    if abbreviated {
        return 0.9;
    }
    let (own_words, given_words) = (distinctive(&own), distinctive(&given_folded));
    if own_words.is_empty() || given_words.is_empty() {
        return 0.7 * strsim::jaro_winkler(&own, &given_folded) as f32;
    }
    if own_words.contains(&given_words) || given_words.contains(&own_words) {
        return 0.95;
    }
    (strsim::jaro_winkler(&own_words, &given_words) as f32).powi(2)
}

/// What is left of a folded organization name without the words every administration has:
/// "socialförvaltningen" → "social", "stadsdelsförvaltningen hägersten-älvsjö" →
/// "hägersten-älvsjö".
fn distinctive(organization: &str) -> String {
    const GENERIC: &[&str] = &[
        "stadsdelsförvaltningen",
        "stadsdelsförvaltning",
        "förvaltningen",
        "förvaltning",
        "nämnden",
        "kontoret",
        "kommun",
        "kommuns",
        "stad",
        "stads",
        "staden",
        "region",
        "regionen",
    ];
    organization
        .split(|c: char| c.is_whitespace() || c == ',' || c == '–')
        .filter(|word| !word.is_empty() && !GENERIC.contains(word))
        .map(|word| {
            GENERIC
                .iter()
                .find_map(|suffix| word.strip_suffix(suffix).filter(|rest| !rest.is_empty()))
                .unwrap_or(word)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `short` abbreviates `long`: the same first letter, and the rest of its letters in
/// `long` in order.
fn is_abbreviation(short: &str, long: &str) -> bool {
    let mut long_chars = long.chars();
    let mut short_chars = short.chars();
    match (short_chars.next(), long_chars.next()) {
        (Some(a), Some(b)) if a == b => {}
        _ => return false,
    }
    short_chars.all(|c| long_chars.any(|l| l == c))
}

/// The forum a draft belongs to: the one asked for (code, name or id), or else the existing
/// forum its header matches well enough ([`FORUM_MATCH_AT_LEAST`]).
pub fn find_forum(model: &ReadModel, draft: &Draft, wanted: Option<&str>) -> Option<ForumId> {
    if let Some(wanted) = wanted {
        if let Ok(id) = wanted.parse::<ForumId>()
            && model.forums.contains_key(&id)
        {
            return Some(id);
        }
        let w = folded(wanted);
        return model
            .forums
            .values()
            .find(|f| {
                folded(&f.code) == w
                    || folded(&f.name) == w
                    || folded(&format!("{} {}", f.organization, f.name)) == w
            })
            .map(|f| f.id);
    }
    best_match(&forum_matches(model, draft))
}

/// The forum of [`forum_matches`] taken without asking, if one is alike enough.
fn best_match(matches: &[ForumMatch]) -> Option<ForumId> {
    matches
        .first()
        .filter(|best| best.score >= FORUM_MATCH_AT_LEAST)
        .map(|best| best.forum)
}

/// Text as forum names are compared: whitespace collapsed, lowercase.
fn folded(text: &str) -> String {
    balans_protocol::text::collapse(text).to_lowercase()
}

/// A short code for a new forum's case numbers, unique among the existing ones ("FG-SOC").
fn forum_code(name: &str, organization: &str, model: &ReadModel) -> String {
    let lower = name.to_lowercase();
    let known = [
        ("lokal samverkansgrupp", "LSG"),
        ("central samverkansgrupp", "CSG"),
        ("förvaltningssamverkansgrupp", "FSG"),
        ("förvaltningsgrupp", "FG"),
        ("samverkansgrupp", "SG"),
        ("skyddskommitt", "SK"),
        ("arbetsmiljökommitt", "AMK"),
        ("arbetsplatsträff", "APT"),
        ("samverkansråd", "SR"),
    ];
    let base = known
        .iter()
        .find(|(word, _)| lower.contains(word))
        .map(|(_, code)| code.to_string())
        .unwrap_or_else(|| {
            name.split_whitespace()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .take(4)
                .collect()
        });
    let org: String = organization
        .chars()
        .filter(|c| c.is_alphabetic())
        .take(3)
        .flat_map(char::to_uppercase)
        .collect();
    let stem = if org.is_empty() {
        base
    } else {
        format!("{base}-{org}")
    };
    let taken = |code: &str| {
        model
            .forums
            .values()
            .any(|f| f.code.eq_ignore_ascii_case(code))
    };
    if !taken(&stem) {
        return stem;
    }
    (2..)
        .map(|n| format!("{stem}{n}"))
        .find(|c| !taken(c))
        .unwrap_or(stem)
}

fn resolution(outcome: Outcome) -> Option<Resolution> {
    match outcome {
        Outcome::Informed => Some(Resolution::Informed),
        Outcome::Agreed => Some(Resolution::Agreed),
        Outcome::Disagreement => Some(Resolution::Disagreement),
        _ => None,
    }
}

fn title_of(item: &ItemDraft) -> String {
    let title = item.title.trim();
    if !title.is_empty() {
        return title.to_string();
    }
    let text = shorten(&item.text, 120);
    if text.is_empty() {
        item.kind.swedish().to_string()
    } else {
        text
    }
}

fn text_of(item: &ItemDraft) -> String {
    if item.text.trim().is_empty() {
        title_of(item)
    } else {
        item.text.clone()
    }
}

/// The commands that record a draft, with the item each command comes from.
struct Plan {
    commands: Vec<Command>,
    origins: Vec<String>,
    /// The draft item each command comes from (`None`: the meeting's own facts).
    origin_items: Vec<Option<String>>,
    /// The item being planned: what `push` records as the origin item.
    current_item: Option<String>,
    /// Cases this meeting settles, closed once every item is planned: a statement or promise
    /// on a matter the same meeting ends ("Parterna är överens" and then a union's
    /// protokollsanteckning) is recorded before the case closes.
    closes: Vec<(Command, String, Option<String>)>,
    forum: ForumId,
    forum_created: bool,
    meeting: MeetingId,
    opened: usize,
    linked: usize,
}

impl Plan {
    fn push(&mut self, command: Command, origin: &str) {
        self.commands.push(command);
        self.origins.push(origin.to_string());
        self.origin_items.push(self.current_item.clone());
    }

    /// The case of the item this one belongs to (a promise in an answer, a statement on a board
    /// matter), or a new case of `kind` opened for it at this meeting.
    fn case_for(
        &mut self,
        item: &ItemDraft,
        kind: CaseKind,
        case_of: &HashMap<String, CaseId>,
        origin: &str,
    ) -> CaseId {
        if let Some(case) = item.belongs_to.as_ref().and_then(|p| case_of.get(p)) {
            return *case;
        }
        let case = CaseId(Ulid::generate());
        self.opened += 1;
        self.push(
            Command::OpenCase {
                case,
                forum: self.forum,
                kind,
                meeting: Some(self.meeting),
                section: item.section.clone(),
                title: title_of(item),
                text: text_of(item),
            },
            origin,
        );
        case
    }
}

fn plan(draft: &Draft, model: &ReadModel, options: &ImportOptions) -> Result<Plan, ImportError> {
    let date = draft
        .meeting
        .date
        .or(options.date)
        .ok_or(ImportError::NoDate)?;
    let existing = find_forum(model, draft, options.forum.as_deref());
    let scheduled = existing.and_then(|forum| scheduled_on(model, forum, date));
    let meeting_id = scheduled.map_or_else(|| MeetingId(Ulid::generate()), |m| m.id);
    let mut plan = Plan {
        commands: Vec::new(),
        origins: Vec::new(),
        origin_items: Vec::new(),
        current_item: None,
        closes: Vec::new(),
        forum: existing.unwrap_or(ForumId(Ulid::generate())),
        forum_created: existing.is_none(),
        meeting: meeting_id,
        opened: 0,
        linked: 0,
    };
    let forum = plan.forum;
    // The unions the protocol names, at the table or in its items: the forum must list each
    // before a question names it (the secretary saw them in the draft and chose to record it).
    let named_in_items = draft.items.iter().flat_map(|item| {
        [&item.raised_by, &item.addressed_to, &item.by, &item.to]
            .into_iter()
            .flatten()
    });
    let mut unions: Vec<Party> = Vec::new();
    for party in draft
        .meeting
        .present
        .iter()
        .chain(&draft.meeting.absent)
        .map(|a| &a.party)
        .chain(draft.meeting.approvers.iter().map(|a| &a.party))
        .chain(named_in_items)
    {
        if matches!(party, Party::Union(_)) && !unions.contains(party) {
            unions.push(party.clone());
        }
    }
    match existing {
        Some(id) => {
            let state = model.forums.get(&id);
            if let Some(state) = state
                && !options.force
                && has_meeting_on(model, id, date)
            {
                return Err(ImportError::Duplicate {
                    forum: format!("{} ({})", state.name, state.code),
                    date,
                });
            }
            for union in unions {
                if state.is_none_or(|s| !s.unions.contains(&union)) {
                    plan.push(Command::AddUnionToForum { forum, union }, "meeting");
                }
            }
        }
        None => {
            if options.forum.is_none() && !options.new_forum {
                return Err(ImportError::ForumNotChosen {
                    closest: forum_matches(model, draft)
                        .into_iter()
                        .next()
                        .filter(|best| best.score >= FORUM_WORTH_NAMING)
                        .map(|best| format!("{} med likhet {:.2}", best.label, best.score)),
                });
            }
            let name = match (&options.forum, &draft.meeting.forum) {
                (Some(given), _) => given.clone(),
                (None, Some(name)) => name.clone(),
                (None, None) => return Err(ImportError::NoForum),
            };
            let organization = draft
                .meeting
                .organization
                .clone()
                .unwrap_or_else(|| "Okänd organisation".to_string());
            let code = forum_code(&name, &organization, model);
            plan.push(
                Command::CreateForum {
                    forum,
                    organization,
                    name,
                    code,
                    unions,
                },
                "meeting",
            );
        }
    }
    let m = &draft.meeting;
    match scheduled {
        None => plan.push(
            Command::ScheduleMeeting {
                meeting: meeting_id,
                forum,
                date,
                time: m.time,
                place: m.place.clone(),
            },
            "meeting",
        ),
        // The protocol completes the meeting as scheduled, with the time and place it gives.
        Some(meeting) => {
            let time = m.time.or(meeting.time);
            let place = m
                .place
                .clone()
                .or(meeting.place.as_deref().map(str::to_owned));
            if time != meeting.time || place.as_deref() != meeting.place.as_deref() {
                plan.push(
                    Command::RescheduleMeeting {
                        meeting: meeting_id,
                        date,
                        time,
                        place,
                    },
                    "meeting",
                );
            }
        }
    }
    if !m.present.is_empty() || !m.absent.is_empty() {
        plan.push(
            Command::RecordAttendance {
                meeting: meeting_id,
                present: m.present.clone(),
                absent: m.absent.clone(),
            },
            "meeting",
        );
    }
    if !m.approvers.is_empty() || m.approval_deadline.is_some() {
        plan.push(
            Command::AppointApprovers {
                meeting: meeting_id,
                approvers: m.approvers.clone(),
                deadline: m.approval_deadline.filter(|d| *d >= date),
                comments_deadline: m.comments_deadline,
            },
            "meeting",
        );
    }
    plan.push(
        Command::HoldMeeting {
            meeting: meeting_id,
            chair: m.chair.clone(),
            secretary: m.secretary.clone(),
        },
        "meeting",
    );
    if m.previous_minutes_approved
        && existing.is_some()
        && let Some(previous) = model
            .meetings_of(forum)
            .into_iter()
            .rfind(|p| p.date < date)
        && previous.held
        && previous.approved.is_none()
    {
        plan.push(
            Command::ApproveMinutes {
                meeting: previous.id,
                by: previous
                    .approvers
                    .iter()
                    .filter_map(|a| a.name.clone())
                    .collect(),
                on: date,
            },
            "Föregående protokoll",
        );
    }
    let open_cases: HashMap<CaseId, &CaseRow> = candidates(model, forum, date)
        .into_iter()
        .map(|view| (view.state.id, &view.state))
        .collect();
    let mut case_of: HashMap<String, CaseId> = HashMap::new();
    let mut carried_commitment: Vec<String> = Vec::new();
    let meeting = Some(meeting_id);
    for item in &draft.items {
        plan.current_item = Some(item.id.clone());
        let origin = format!(
            "item {} (§{} {})",
            item.id,
            item.section.as_deref().unwrap_or("-"),
            item.kind.swedish()
        );
        if let Some(link) = &item.link {
            let Some(case) = open_cases.get(&link.case) else {
                return Err(ImportError::BadLink {
                    item: item.id.clone(),
                    case: link.case,
                });
            };
            case_of.insert(item.id.clone(), link.case);
            plan.linked += 1;
            record_link(
                &mut plan,
                draft,
                item,
                link,
                case,
                meeting,
                date,
                &origin,
                &mut carried_commitment,
            );
            continue;
        }
        match item.kind {
            ItemKind::NoneRegistered | ItemKind::BalanceListReview => {}
            ItemKind::Question => {
                let case = CaseId(Ulid::generate());
                case_of.insert(item.id.clone(), case);
                plan.opened += 1;
                let raised_by = item.raised_by.clone().unwrap_or(Party::AllUnions);
                let addressed_to = item
                    .addressed_to
                    .clone()
                    .unwrap_or_else(|| balans_protocol::items::opposite(&raised_by));
                plan.push(
                    Command::RaiseQuestion {
                        case,
                        forum,
                        meeting,
                        section: item.section.clone(),
                        title: title_of(item),
                        text: text_of(item),
                        raised_by,
                        asked_by: None,
                        addressed_to,
                        pre_registered: item.pre_registered,
                        carried_over: item.carried_over,
                    },
                    &origin,
                );
                if let Some(answer) = &item.answer {
                    let child = draft.items.iter().find(|c| {
                        c.kind == ItemKind::Commitment && c.belongs_to.as_deref() == Some(&item.id)
                    });
                    if let Some(child) = child {
                        carried_commitment.push(child.id.clone());
                    }
                    plan.push(
                        Command::AnswerQuestion {
                            case,
                            meeting,
                            by: answer.by.clone(),
                            person: answer.person.clone(),
                            text: if answer.text.trim().is_empty() {
                                "(svar utan text)".to_string()
                            } else {
                                answer.text.clone()
                            },
                            commitment: child.map(|c| spec(c, date)),
                        },
                        &origin,
                    );
                }
                if item.on_balance_list {
                    plan.push(
                        Command::AddToBalanceList {
                            case,
                            meeting,
                            note: None,
                        },
                        &origin,
                    );
                }
            }
            ItemKind::Commitment => {
                if carried_commitment.contains(&item.id) {
                    continue;
                }
                let case = plan.case_for(item, CaseKind::Commitment, &case_of, &origin);
                case_of.insert(item.id.clone(), case);
                plan.push(
                    Command::MakeCommitment {
                        case,
                        meeting,
                        spec: spec(item, date),
                    },
                    &origin,
                );
            }
            ItemKind::BoardMatter => {
                let case = CaseId(Ulid::generate());
                case_of.insert(item.id.clone(), case);
                plan.opened += 1;
                plan.push(
                    Command::RegisterBoardMatter {
                        case,
                        forum,
                        meeting,
                        section: item.section.clone(),
                        title: title_of(item),
                        text: text_of(item),
                        registry_number: item.registry_number.clone(),
                        mbl: item.mbl,
                    },
                    &origin,
                );
                close(&mut plan, case, meeting, item, &origin);
            }
            ItemKind::Statement => {
                let case = plan.case_for(item, CaseKind::Statement, &case_of, &origin);
                case_of.insert(item.id.clone(), case);
                plan.push(
                    Command::RecordStatement {
                        case,
                        meeting,
                        party: item.by.clone().unwrap_or(Party::AllUnions),
                        kind: item.statement_kind.unwrap_or(StatementKind::Statement),
                        text: text_of(item),
                    },
                    &origin,
                );
            }
            ItemKind::Negotiation => {
                let case = CaseId(Ulid::generate());
                case_of.insert(item.id.clone(), case);
                plan.opened += 1;
                plan.push(
                    Command::OpenCase {
                        case,
                        forum,
                        kind: CaseKind::Negotiation,
                        meeting,
                        section: item.section.clone(),
                        title: title_of(item),
                        text: text_of(item),
                    },
                    &origin,
                );
                close(&mut plan, case, meeting, item, &origin);
            }
        }
    }
    for (command, origin, item) in std::mem::take(&mut plan.closes) {
        plan.current_item = item;
        plan.push(command, &origin);
    }
    plan.current_item = None;
    // The protocol's text, with the section each case was spoken of in: a case's step at this
    // meeting links to its paragraph.
    if !draft.text.trim().is_empty() {
        let mut sections: Vec<MinutesSection> = Vec::new();
        for item in &draft.items {
            if let (Some(case), Some(section)) = (case_of.get(&item.id), &item.section) {
                let entry = MinutesSection {
                    case: *case,
                    section: section.clone(),
                };
                if !sections.contains(&entry) {
                    sections.push(entry);
                }
            }
        }
        plan.push(
            Command::RecordMinutesText {
                meeting: meeting_id,
                minutes_text: draft.text.clone(),
                source_encoding: draft.source_encoding.clone(),
                sections,
            },
            "meeting",
        );
    }
    Ok(plan)
}

fn close(
    plan: &mut Plan,
    case: CaseId,
    meeting: Option<MeetingId>,
    item: &ItemDraft,
    origin: &str,
) {
    if let Some(resolution) = resolution(item.outcome) {
        plan.closes.push((
            Command::CloseCase {
                case,
                meeting,
                resolution,
                note: None,
            },
            origin.to_string(),
            plan.current_item.clone(),
        ));
    }
}

/// What a linked item does to the case it continues.
#[allow(clippy::too_many_arguments)]
fn record_link(
    plan: &mut Plan,
    draft: &Draft,
    item: &ItemDraft,
    link: &Link,
    case: &CaseRow,
    meeting: Option<MeetingId>,
    date: Date,
    origin: &str,
    carried: &mut Vec<String>,
) {
    let id = case.id;
    let meeting_id = meeting.unwrap_or(MeetingId(Ulid::nil()));
    let child = draft
        .items
        .iter()
        .find(|c| c.kind == ItemKind::Commitment && c.belongs_to.as_deref() == Some(&item.id));
    let answer = |plan: &mut Plan, with_commitment: bool| {
        if let Some(answer) = &item.answer
            && case.kind == CaseKind::Question
        {
            plan.push(
                Command::AnswerQuestion {
                    case: id,
                    meeting,
                    by: answer.by.clone(),
                    person: answer.person.clone(),
                    text: answer.text.clone(),
                    commitment: child.filter(|_| with_commitment).map(|c| spec(c, date)),
                },
                origin,
            );
            true
        } else {
            false
        }
    };
    let note = Some(format!(
        "{} (§{})",
        item.section_title,
        item.section.as_deref().unwrap_or("-")
    ));
    match link.action {
        LinkAction::Answered => {
            if answer(plan, true)
                && let Some(child) = child
            {
                carried.push(child.id.clone());
            }
        }
        LinkAction::Fulfilled { commitment } => {
            if answer(plan, true)
                && let Some(child) = child
            {
                carried.push(child.id.clone());
            }
            if !answer_was_recorded(item, case) {
                plan.push(
                    Command::RecordDiscussion {
                        case: id,
                        meeting: meeting_id,
                        note: note.clone(),
                    },
                    origin,
                );
            }
            plan.push(
                Command::FulfilCommitment {
                    case: id,
                    commitment,
                    meeting,
                    note: Some(shorten(
                        &item
                            .answer
                            .as_ref()
                            .map_or(item.text.clone(), |a| a.text.clone()),
                        200,
                    )),
                },
                origin,
            );
        }
        LinkAction::Renewed { commitment } => {
            answer(plan, false);
            let renewing = child.unwrap_or(item);
            if let Some(child) = child {
                carried.push(child.id.clone());
            }
            let label = renewing.due.as_ref().and_then(|d| d.label.clone());
            let label = label.filter(|l| due_is_after(l, date));
            plan.push(
                Command::RenewCommitment {
                    case: id,
                    commitment,
                    meeting,
                    due_label: label,
                    due_date: None,
                    note: Some(shorten(&renewing.text, 200)),
                },
                origin,
            );
        }
        LinkAction::FollowUp => {
            plan.push(
                Command::AskFollowUp {
                    case: id,
                    meeting,
                    by: item.raised_by.clone().unwrap_or(Party::AllUnions),
                    text: text_of(item),
                },
                origin,
            );
        }
        LinkAction::Discussed => {
            if !answer(plan, true) {
                plan.push(
                    Command::RecordDiscussion {
                        case: id,
                        meeting: meeting_id,
                        note,
                    },
                    origin,
                );
            } else if let Some(child) = child {
                carried.push(child.id.clone());
            }
            if item.kind == ItemKind::BoardMatter
                && let Some(resolution) = resolution(item.outcome)
            {
                plan.push(
                    Command::CloseCase {
                        case: id,
                        meeting,
                        resolution,
                        note: None,
                    },
                    origin,
                );
            }
        }
    }
    if item.on_balance_list && !case.on_balance_list {
        plan.push(
            Command::AddToBalanceList {
                case: id,
                meeting,
                note: None,
            },
            origin,
        );
    }
    // "Klar, avförs": the meeting took the point off its list.
    if item.struck_off && case.on_balance_list {
        plan.push(
            Command::RemoveFromBalanceList {
                case: id,
                meeting,
                note: None,
            },
            origin,
        );
    }
}

fn answer_was_recorded(item: &ItemDraft, case: &CaseRow) -> bool {
    item.answer.is_some() && case.kind == CaseKind::Question
}

/// Whether a due label resolves to the meeting's date or later (or to no date): an earlier due is refused by the domain.
fn due_is_after(label: &str, date: Date) -> bool {
    match Due::from_label(label, date).by {
        DueBy::Date(due) => due >= date,
        _ => true,
    }
}

fn spec(item: &ItemDraft, date: Date) -> CommitmentSpec {
    let label = item.due.as_ref().and_then(|d| d.label.clone());
    let (due_label, what) = match label {
        Some(label) if !due_is_after(&label, date) => {
            (None, format!("{} (förfaller: {label})", title_of(item)))
        }
        other => (other, title_of(item)),
    };
    // A date the reviewer set (one other than what the written due resolves to) is the due.
    let written = item
        .due
        .as_ref()
        .and_then(|d| d.label.as_deref())
        .and_then(|label| match Due::from_label(label, date).by {
            DueBy::Date(resolved) => Some(resolved),
            DueBy::NextMeeting | DueBy::Unresolved => None,
        });
    let due_date = item
        .due
        .as_ref()
        .and_then(|d| d.by_date)
        .filter(|chosen| Some(*chosen) != written);
    CommitmentSpec {
        by: item.by.clone().unwrap_or(Party::Employer),
        person: item.person.clone(),
        to: item.to.clone(),
        what,
        due_label,
        due_date,
    }
}

/// A protocol as it arrives: text already decoded, a file's bytes (text in any common
/// encoding, or a PDF), or a file to read (refused before reading when too large).
pub enum ImportSource {
    Text(String),
    Bytes(Vec<u8>),
    Path(std::path::PathBuf),
}

impl Runtime {
    /// Reads a protocol into a draft and proposes links to the open cases of its forum (`forum`:
    /// a code, name or id; default: the forum the protocol names), against the live model.
    /// `date` is the meeting's date when the protocol gives none. Stores nothing and waits for
    /// no writer.
    pub fn import_draft(
        &self,
        source: ImportSource,
        forum: Option<&str>,
        date: Option<Date>,
    ) -> Result<Draft, ImportError> {
        self.import_draft_until(source, forum, date, &Cancel::default())
    }

    /// [`Runtime::import_draft`], stopping with [`ImportError::Cancelled`] between its steps
    /// (and between items while proposing links) once `cancel` is set.
    pub fn import_draft_until(
        &self,
        source: ImportSource,
        forum: Option<&str>,
        date: Option<Date>,
        cancel: &Cancel,
    ) -> Result<Draft, ImportError> {
        cancel.check()?;
        let mut draft = match source {
            ImportSource::Text(text) => balans_protocol::read_text(&text),
            ImportSource::Bytes(bytes) => balans_protocol::read_bytes(&bytes)?,
            ImportSource::Path(path) => balans_protocol::read_path(&path)?,
        };
        cancel.check()?;
        if !draft.found_anything() {
            return Err(ReadError::NothingFound.into());
        }
        if draft.meeting.date.is_none() {
            draft.meeting.date = date;
        }
        let model = self.live();
        // Without a forum asked for, the matches that choose it also say which to suggest.
        let (forum, unsure) = match forum {
            Some(_) => (find_forum(&model, &draft, forum), None),
            None => {
                let matches = forum_matches(&model, &draft);
                let best = best_match(&matches);
                (best, best.is_none().then_some(matches))
            }
        };
        if let Some(matches) = unsure {
            let candidates: Vec<String> = matches
                .into_iter()
                .filter(|candidate| candidate.score >= FORUM_WORTH_NAMING)
                .take(3)
                .map(|candidate| format!("{} (likhet {:.2})", candidate.label, candidate.score))
                .collect();
            draft.warnings.push(if candidates.is_empty() {
                "protokollet passar ingen befintlig samverkansgrupp: välj en, eller skapa en ny".to_string()
            } else {
                format!(
                    "osäkert vilken samverkansgrupp protokollet hör till: närmast är {}; välj en, eller skapa en ny",
                    candidates.join(", ")
                )
            });
        }
        propose_links(
            &mut draft,
            &model,
            self.store(),
            &self.case_words,
            forum,
            cancel,
        )?;
        if let (Some(forum), Some(date)) = (forum, draft.meeting.date) {
            if has_meeting_on(&model, forum, date) {
                draft.warnings.push(format!(
                    "gruppen har redan ett möte den {date}: protokollet verkar redan inläst"
                ));
            } else if scheduled_on(&model, forum, date).is_some() {
                draft.warnings.push(format!(
                    "protokollet fyller i gruppens planerade möte den {date}"
                ));
            }
        }
        Ok(draft)
    }

    /// Records a draft (as reviewed) through the application layer in one atomic append, after
    /// the same validation as any command: all of it lands, or nothing. The plan is made on the
    /// live model with other writers' model updates held off, so it sees every earlier write.
    pub fn commit_import(
        &self,
        draft: &Draft,
        options: &ImportOptions,
    ) -> Result<ImportOutcome, ImportError> {
        self.commit_import_until(draft, options, &Cancel::default())
    }

    /// [`Runtime::commit_import`], stopping with [`ImportError::Cancelled`], having stored
    /// nothing, if `cancel` is set before the append begins. Once begun, the append is not
    /// cut short: it lands whole or not at all.
    pub fn commit_import_until(
        &self,
        draft: &Draft,
        options: &ImportOptions,
        cancel: &Cancel,
    ) -> Result<ImportOutcome, ImportError> {
        cancel.check()?;
        let _writing = self
            .writing
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cancel.check()?;
        self.catch_up_writing()?;
        let plan = plan(draft, &self.live(), options)?;
        let count = plan.commands.len();
        // The last moment nothing is written yet.
        cancel.check()?;
        let executed = self
            .app
            .execute_batch(plan.commands, CommandMeta::new(options.principal.clone()))
            .map_err(|error| match error {
                AppError::InBatch {
                    index,
                    name,
                    source,
                } => ImportError::Refused {
                    command: name,
                    origin: plan
                        .origins
                        .get(index)
                        .cloned()
                        .unwrap_or_else(|| "?".into()),
                    item: plan.origin_items.get(index).cloned().flatten(),
                    source,
                },
                other => ImportError::App(other),
            })?;
        self.apply_written_writing(&executed)?;
        Ok(ImportOutcome {
            forum: plan.forum,
            forum_created: plan.forum_created,
            meeting: plan.meeting,
            opened: plan.opened,
            linked: plan.linked,
            commands: count,
            events: executed.events.len(),
            last_position: executed.outcome.last_position,
        })
    }

    /// Reads a protocol's text, proposes links, and records it as proposed: what the demo data
    /// and scripted imports use.
    pub fn import_text(
        &self,
        text: &str,
        options: &ImportOptions,
    ) -> Result<(Draft, ImportOutcome), ImportError> {
        let draft = self.import_draft(
            ImportSource::Text(text.to_string()),
            options.forum.as_deref(),
            options.date,
        )?;
        let outcome = self.commit_import(&draft, options)?;
        Ok((draft, outcome))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_words_are_alike() {
        assert!(alike(
            "informationssäkerhetsklassningar",
            "informationssäkerhetsklassning"
        ));
        assert!(alike("insatserna", "insatser"));
        assert!(!alike("budget", "bostad"));
    }

    /// The length bound of `alike_counted` skips no pair that Jaro-Winkler alone would call
    /// alike: every pair of words of the two seed protocols is compared both ways.
    #[test]
    fn the_length_bound_skips_no_alike_pair() {
        let text = concat!(
            include_str!("../../../tests/fixtures/protocols/003_9ba086790e9c5e66.txt"),
            include_str!("../../../tests/fixtures/protocols/004_5bdb85c66693e9e6.txt"),
        );
        let mut words = Words::of(text).0;
        words.sort();
        words.dedup();
        let mut alike_pairs = 0;
        for (a, a_chars) in &words {
            for (b, b_chars) in &words {
                let unbounded = a == b
                    || a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() >= 6
                    || (*a_chars >= 6 && *b_chars >= 6 && strsim::jaro_winkler(a, b) >= 0.93);
                assert_eq!(
                    alike_counted((a, *a_chars), (b, *b_chars)),
                    unbounded,
                    "{a} ~ {b}"
                );
                alike_pairs += usize::from(unbounded && a != b);
            }
        }
        assert!(
            alike_pairs > 50,
            "the seeds hold inflected pairs: {alike_pairs}"
        );
    }

    #[test]
    fn similarity_rewards_shared_content_words() {
        let a = Words::of("Arbetet mot hot och våld på förvaltningen 2025");
        let mut vocabulary = Vocabulary::default();
        let b = vocabulary.add(&Words::of(
            "SSR undrar hur arbetsgivaren tänker arbeta med hot och våld 2025",
        ));
        let c = vocabulary.add(&Words::of("Budget för boendelösningar"));
        let (with_b, shared) = similarity(&a, &b, &mut vocabulary);
        assert!(with_b > similarity(&a, &c, &mut vocabulary).0);
        assert!(shared.contains(&"våld".to_string()), "{shared:?}");
    }
}
