//! Geometry for the group's dot plots, as plain numbers and SVG path data:
//! one path per plot however many people there are. Scores come in steps of
//! 5 (codes round them), so equal scores stack in columns; each column is one
//! line drawn with a dash pattern of round dots, and when the stacks grow too
//! tall for dots to be told apart, as a solid bar.

use std::fmt::Write;

/// `value` with at most `places` decimals, trailing zeros left out: for SVG
/// coordinates and the numbers shown. Written with integers: Rust's float
/// formatting weighs several kilobytes in the wasm.
pub fn decimal(value: f32, places: u32) -> String {
    let scale = 10_i64.pow(places);
    let scaled = (f64::from(value) * scale as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, mut fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = places as usize;
    while fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}.{fraction:0digits$}")
}

/// Where a plot is drawn, in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The x of a score of 0.
    pub left: f32,
    /// The width from 0 to 100.
    pub span: f32,
    /// The y of the axis the dots stand on.
    pub base: f32,
    /// The most height a column may take.
    pub height: f32,
}

impl Frame {
    /// The x of a score.
    pub fn x(&self, score: f32) -> f32 {
        self.left + self.span * score.clamp(0.0, 100.0) / 100.0
    }
}

/// Largest distance between dots in a column, and largest dot.
const MAX_SPACING: f32 = 12.0;
const MAX_DOT: f32 = 10.0;
/// Below this spacing, dots blur: columns are drawn solid.
const MIN_SPACING: f32 = 3.0;

/// A dot plot ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct DotPlot {
    /// Path data: one vertical segment per score that occurs.
    pub path: String,
    /// The stroke width: a dot's diameter, or a solid column's width.
    pub width: f32,
    /// The dash pattern that turns each segment into dots (`None`: solid).
    pub dashes: Option<String>,
    /// The most scores that are the same.
    pub tallest: usize,
}

/// Counts of scores rounded to the nearest 5, from 0 to 100.
pub fn bins(scores: &[u8]) -> [usize; 21] {
    let mut bins = [0; 21];
    for &score in scores {
        bins[usize::from((score.min(100) + 2) / 5)] += 1;
    }
    bins
}

/// The dot plot of `scores` in `frame`.
pub fn dot_plot(scores: &[u8], frame: &Frame) -> DotPlot {
    let bins = bins(scores);
    let tallest = bins.iter().copied().max().unwrap_or(0);
    let spacing = if tallest == 0 {
        MAX_SPACING
    } else {
        (frame.height / tallest as f32).min(MAX_SPACING)
    };
    let solid = spacing < MIN_SPACING;
    let mut path = String::new();
    for (bin, &count) in bins.iter().enumerate().filter(|(_, &count)| count > 0) {
        let x = frame.x(bin as f32 * 5.0);
        if solid {
            let top = frame.base - spacing * count as f32;
            let _ = write!(
                path,
                "M{} {}V{}",
                decimal(x, 1),
                decimal(frame.base, 1),
                decimal(top, 2)
            );
        } else {
            // Dots at base − spacing/2, then one spacing apart; the segment
            // runs a hair past the last so that its zero-length dash is drawn.
            let first = frame.base - spacing / 2.0;
            let last = first - spacing * (count - 1) as f32 - 0.05;
            let _ = write!(
                path,
                "M{} {}V{}",
                decimal(x, 1),
                decimal(first, 2),
                decimal(last, 2)
            );
        }
    }
    DotPlot {
        path,
        width: if solid {
            MAX_DOT
        } else {
            (spacing * 0.85).min(MAX_DOT)
        },
        dashes: (!solid).then(|| format!("0 {}", decimal(spacing, 3))),
        tallest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Frame = Frame {
        left: 20.0,
        span: 500.0,
        base: 80.0,
        height: 60.0,
    };

    #[test]
    fn equal_scores_stack_in_one_segment() {
        let plot = dot_plot(&[50, 50, 50, 100], &FRAME);
        assert_eq!(plot.path, "M270 74V49.95M520 74V73.95");
        assert_eq!(plot.tallest, 3);
        assert_eq!(plot.dashes.as_deref(), Some("0 12"));
        assert_eq!(plot.width, 10.0);
    }

    #[test]
    fn decimals_are_written_without_the_float_formatter() {
        #[rustfmt::skip]
        let cases = [
            (0.0, 1, "0"), (12.0, 1, "12"), (12.25, 1, "12.3"), (47.5, 1, "47.5"),
            (-2.5, 1, "-2.5"), (-0.01, 1, "0"), (0.05, 2, "0.05"), (1.25, 3, "1.25"),
            (0.3333, 3, "0.333"), (100.0, 0, "100"),
        ];
        for (value, places, text) in cases {
            assert_eq!(decimal(value, places), text, "{value} to {places}");
        }
    }

    #[test]
    fn no_scores_draw_nothing() {
        let plot = dot_plot(&[], &FRAME);
        assert_eq!(plot.path, "");
        assert_eq!(plot.tallest, 0);
    }

    #[test]
    fn a_thousand_scores_are_still_one_short_path() {
        let scores: Vec<u8> = (0..1000).map(|i| (i % 21 * 5) as u8).collect();
        let plot = dot_plot(&scores, &FRAME);
        assert_eq!(plot.path.matches('M').count(), 21);
        assert_eq!(plot.dashes, None, "too many to tell apart: solid");
        // Columns never rise above the frame.
        assert!(plot.path.split('V').skip(1).all(|part| {
            let top: f32 = part.split('M').next().unwrap().parse().unwrap();
            top >= FRAME.base - FRAME.height - 0.01
        }));
    }

    #[test]
    fn scores_off_the_grid_go_to_the_nearest_bin() {
        assert_eq!(bins(&[0, 2, 3, 101, 255])[0], 2);
        assert_eq!(bins(&[0, 2, 3, 101, 255])[1], 1);
        assert_eq!(bins(&[0, 2, 3, 101, 255])[20], 2);
        assert_eq!(FRAME.x(-5.0), 20.0);
        assert_eq!(FRAME.x(100.0), 520.0);
    }
}
