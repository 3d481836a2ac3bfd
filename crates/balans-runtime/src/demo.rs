//! The demo data: the two seed protocols, imported into their two forums on an empty database.
//!
//! The demo goes the way a secretary's first day would: set up the forums, then import each
//! written protocol through the importer and the application layer. The protocols are compiled
//! into the binary, so the demo works from any directory.

use balans_app::CommandMeta;
use balans_app::scenario::{self, Aliases};

use crate::{ImportOptions, Runtime, RuntimeError};

/// The forums the protocols are imported into.
const FORUMS: &str = include_str!("../../../tests/fixtures/demo/forums.jsonl");

/// The seed protocols in the order they happened, with the code of the forum each belongs to.
const PROTOCOLS: &[(&str, &str, &str)] = &[
    (
        "003_9ba086790e9c5e66.txt",
        "FG-SOF",
        include_str!("../../../tests/fixtures/protocols/003_9ba086790e9c5e66.txt"),
    ),
    (
        "004_5bdb85c66693e9e6.txt",
        "FG-HÄ",
        include_str!("../../../tests/fixtures/protocols/004_5bdb85c66693e9e6.txt"),
    ),
];

/// The password of every demo account, which the server prints when it loads the demo.
pub const DEMO_PASSWORD: &str = "demo";

/// The demo's people: user name, name, role, party.
const DEMO_PEOPLE: &[(&str, &str, &str, Option<&str>)] = &[
    ("kommunal", "Kommunal (demo)", "party", Some("Kommunal")),
    ("vision", "Vision (demo)", "party", Some("Vision")),
    (
        "arbetsgivaren",
        "Arbetsgivaren (demo)",
        "party",
        Some("Arbetsgivaren"),
    ),
    ("sekreterare", "Sekreterare (demo)", "secretary", None),
];

/// Loads the demo data when the database holds no events; otherwise leaves it alone. Says
/// whether it loaded them.
pub fn load_if_empty(runtime: &Runtime) -> Result<bool, RuntimeError> {
    if runtime
        .store()
        .head_position()
        .map_err(balans_app::AppError::from)?
        > 0
    {
        return Ok(false);
    }
    let forums = scenario::parse(FORUMS, &mut Aliases::default())
        .map_err(|error| RuntimeError::Demo(format!("the demo forums: {error}")))?;
    runtime
        .execute_batch(
            forums.into_iter().map(|line| line.command).collect(),
            CommandMeta::local("demo"),
        )
        .map_err(|error| RuntimeError::Demo(format!("the demo forums: {error}")))?;
    for (name, forum, text) in PROTOCOLS {
        let options = ImportOptions {
            forum: Some((*forum).to_string()),
            principal: balans_domain::Principal::local("demo"),
            ..ImportOptions::default()
        };
        runtime.import_text(text, &options).map_err(|error| {
            RuntimeError::Demo(format!(
                "the demo protocol {name} could not be imported: {error}"
            ))
        })?;
    }
    add_demo_people(runtime)?;
    Ok(true)
}

/// The demo's accounts, each with the password [`DEMO_PASSWORD`], so that a person trying the
/// demo can sign in as a union, the employer or the secretary.
fn add_demo_people(runtime: &Runtime) -> Result<(), RuntimeError> {
    let by = balans_domain::Principal::local("demo");
    for (username, name, role, party) in DEMO_PEOPLE {
        if runtime.access().person(username).is_some() {
            continue;
        }
        let grant = crate::access::grant(role, *party, None)?;
        runtime
            .access()
            .add_person_with(&by, username, name, vec![grant], Some(DEMO_PASSWORD))?;
    }
    Ok(())
}
