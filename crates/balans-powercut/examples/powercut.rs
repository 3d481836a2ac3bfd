//! A power-cut disk to try things on by hand: mounts `ROOT/mnt` over `ROOT/disk` and cuts the power when told.
//!
//! `cargo run -p balans-powercut --example powercut -- ROOT [dirsync]` (as root), then use
//! `ROOT/mnt` from another shell (a balans data directory there, say), and type `cut` (the
//! power cut: unsynced writes are lost) or end the input (unmount without a cut). Mount the
//! same ROOT again to see what survived.

use std::io::BufRead;
use std::path::PathBuf;

use balans_powercut::{Disk, Names};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let Some(root) = args.next().map(PathBuf::from) else {
        eprintln!("användning: powercut ROT [dirsync]");
        std::process::exit(2);
    };
    let names = match args.next() {
        Some(flag) if flag == "dirsync" => Names::Synchronous,
        _ => Names::Journaled,
    };
    std::fs::create_dir_all(&root)?;
    let disk = Disk::new(&root)?;
    let mount = disk.mount(names)?;
    println!(
        "monterad på {}; skriv \"cut\" för strömavbrott, avsluta inmatningen för att avmontera",
        mount.path().display()
    );
    for line in std::io::stdin().lock().lines() {
        if line?.trim() == "cut" {
            let report = mount.cut();
            println!(
                "strömavbrott: {} byte osynkade skrivningar förlorade i {} filer, {} namnändringar ångrade",
                report.lost_bytes, report.files_with_lost_writes, report.names_undone
            );
            println!("stäng det som har filer öppna på monteringen; avmonterar");
            break;
        }
    }
    mount.unmount()
}
