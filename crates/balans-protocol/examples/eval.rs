//! Scores the reader on labelled protocols as `balans import-eval` does, without building the CLI: `cargo run -p balans-protocol --example eval -- DIR [-v]`; given a file instead, prints its draft.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: eval DIR [-v]");
        std::process::exit(2);
    };
    let verbose = args.any(|arg| arg == "-v");
    if std::path::Path::new(&dir).is_file() {
        match balans_protocol::read_path(std::path::Path::new(&dir)) {
            Ok(draft) => print!("{}", draft.to_text()),
            Err(error) => eprintln!("{dir}: {error}"),
        }
        return;
    }
    let (scores, totals) =
        balans_protocol::eval::evaluate_dir(std::path::Path::new(&dir), |path| {
            balans_protocol::read_path(path).map_err(|error| error.to_string())
        })
        .unwrap_or_else(|error| {
            eprintln!("{dir}: {error}");
            std::process::exit(1);
        });
    print!(
        "{}",
        balans_protocol::eval::report(&scores, &totals, verbose)
    );
}
