//! `peer-compass-cli`: scoring, scale statistics and calibration for researchers.

use peer_compass_cli::responses::{read, Format, Response};
use peer_compass_cli::{calibrate, report, score};
use peer_compass_core::Content;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
peer-compass-cli: Peer Compass for researchers

USAGE:
    peer-compass-cli score [--format csv|json] [--output FILE] [--content FILE] [--input csv|json] FILE...
    peer-compass-cli stats [--content FILE] [--input csv|json] FILE...
    peer-compass-cli calibrate [--content FILE] [DIR]

Responses are one row per person: CSV with a header row of item ids, or JSON
(an array of objects keyed by item id). A value is the point on that item's
scale (1 = lowest), n (not part of my role), d (don't know), or empty. An `id`
column names the person; a `version` column names the questionnaire version
the answers belong to. FILE may be - for standard input (then give --input).

score     writes each person's placement, mode and dimension scores (CSV to
          standard output unless --output is given; --format json for JSON)
stats     Cronbach's alpha, McDonald's omega and item-rest correlations per
          dimension; Guttman reproducibility and Loevinger's H for the ladder
calibrate places blind raters' answers (DIR, default calibration/) and
          compares them with the cases' expected results
";

struct Options {
    command: String,
    files: Vec<String>,
    format: String,
    output: Option<String>,
    content: Option<String>,
    input: Option<Format>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        command: String::new(),
        files: Vec::new(),
        format: "csv".into(),
        output: None,
        content: None,
        input: None,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--format" => options.format = value("--format")?,
            "--output" | "-o" => options.output = Some(value("--output")?),
            "--content" => options.content = Some(value("--content")?),
            "--input" => {
                options.input = Some(match value("--input")?.as_str() {
                    "csv" => Format::Csv,
                    "json" => Format::Json,
                    other => return Err(format!("--input {other}: use csv or json")),
                })
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            word if options.command.is_empty() => options.command = word.to_owned(),
            file => options.files.push(file.to_owned()),
        }
    }
    if !["csv", "json"].contains(&options.format.as_str()) {
        return Err(format!("--format {}: use csv or json", options.format));
    }
    Ok(options)
}

fn content(options: &Options) -> Result<Content, String> {
    match &options.content {
        Some(path) => {
            let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            Content::parse(&json, path).map_err(|e| e.to_string())
        }
        None => Content::builtin().map_err(|e| e.to_string()),
    }
}

fn responses(options: &Options, content: &Content) -> Result<Vec<Response>, String> {
    if options.files.is_empty() {
        return Err("give at least one file of responses (or - for standard input)".into());
    }
    let mut all = Vec::new();
    for file in &options.files {
        let format = options
            .input
            .or_else(|| Format::of_path(file))
            .ok_or_else(|| format!("{file}: name it .csv or .json, or give --input csv|json"))?;
        let bytes = if file == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
            bytes
        } else {
            std::fs::read(file).map_err(|e| format!("{file}: {e}"))?
        };
        all.extend(read(&bytes, file, format, content).map_err(|e| e.to_string())?);
    }
    Ok(all)
}

fn run(options: &Options) -> Result<String, String> {
    let content = content(options)?;
    match options.command.as_str() {
        "score" => {
            let people = responses(options, &content)?;
            let scored: Vec<score::Scored> =
                people.iter().map(|p| score::score(&content, p).0).collect();
            if options.format == "json" {
                return serde_json::to_string_pretty(&scored)
                    .map(|json| json + "\n")
                    .map_err(|e| e.to_string());
            }
            let mut writer = csv::Writer::from_writer(Vec::new());
            let write = |writer: &mut csv::Writer<Vec<u8>>, row: Vec<String>| {
                writer.write_record(row).map_err(|e| e.to_string())
            };
            write(&mut writer, score::csv_header(&content))?;
            for person in &scored {
                write(&mut writer, score::csv_row(&content, person))?;
            }
            let bytes = writer.into_inner().map_err(|e| e.to_string())?;
            String::from_utf8(bytes).map_err(|e| e.to_string())
        }
        "stats" => Ok(report::report(&content, &responses(options, &content)?)),
        "calibrate" => {
            let dir = options.files.first().map_or("calibration", String::as_str);
            let findings = calibrate::findings(Path::new(dir), &content)?;
            Ok(calibrate::report(&content, &findings))
        }
        "" | "help" => Ok(USAGE.to_owned()),
        other => Err(format!("unknown command {other}\n\n{USAGE}")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--version") {
        println!("peer-compass {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let result = parse(&args).and_then(|options| {
        let out = run(&options)?;
        match &options.output {
            Some(path) => std::fs::write(path, out).map_err(|e| format!("{path}: {e}")),
            None => std::io::stdout()
                .write_all(out.as_bytes())
                .map_err(|e| e.to_string()),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("peer-compass-cli: {message}");
            ExitCode::FAILURE
        }
    }
}
