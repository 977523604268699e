//! Scale statistics for the researcher's `stats` subcommand.
//!
//! Every function is pure and takes the answers as a table: one inner `Vec`
//! per respondent (row), one entry per item (column), `None` for an item the
//! respondent did not answer. A statistic that cannot be computed sensibly is
//! returned as `None`, never as `NaN`, and no input makes these functions
//! panic.
//!
//! Shared conventions:
//!
//! - **Number of items.** The number of items `k` is the length of the longest
//!   row; a shorter row counts as missing the items it lacks.
//! - **Missing data: listwise deletion.** Every function uses only the
//!   respondents who answered every item (complete cases), so all statistics
//!   computed from one table rest on the same respondents. For the numeric
//!   functions a non-finite value (`NaN`, `±∞`) counts as missing.
//! - **Variances** are sample variances (denominator `n − 1`); a variance that
//!   is zero up to rounding (at most 10⁻²⁴ of the mean square) counts as zero.
//!
//! ```
//! use peer_compass_cli::stats::{cronbach_alpha, loevinger_h};
//!
//! let likert = vec![
//!     vec![Some(4.0), Some(5.0), Some(4.0)],
//!     vec![Some(2.0), Some(3.0), Some(3.0)],
//!     vec![Some(1.0), None, Some(2.0)], // dropped: not every item answered
//!     vec![Some(5.0), Some(4.0), Some(5.0)],
//! ];
//! assert!(cronbach_alpha(&likert).unwrap() > 0.8);
//!
//! let ladder = vec![
//!     vec![Some(true), Some(true), Some(false)],
//!     vec![Some(true), Some(false), Some(false)],
//!     vec![Some(false), Some(false), Some(false)],
//!     vec![Some(true), Some(true), Some(true)],
//! ];
//! assert_eq!(loevinger_h(&ladder), Some(1.0));
//! ```

/// Fewest complete respondents for which [`omega_total`] fits a factor model.
const OMEGA_MIN_RESPONDENTS: usize = 10;
/// Iteration cap of the principal-axis factoring in [`omega_total`].
const PAF_MAX_ITERATIONS: usize = 10_000;
/// Convergence tolerance of the principal-axis factoring: the iteration stops
/// when no communality changes by this much or more.
const PAF_TOLERANCE: f64 = 1e-9;
/// A Cholesky pivot at or below this marks a correlation matrix as not
/// (numerically) positive definite.
const PIVOT_MIN: f64 = 1e-10;
/// A variance at most this fraction of the mean square counts as zero.
const ZERO_VARIANCE_RELATIVE: f64 = 1e-24;

/// Cronbach's coefficient α, the internal consistency of a sum score.
///
/// `rows` are respondents, columns are items. With `k` items, item variances
/// `σᵢ²` and the variance `σ_X²` of the respondents' sum scores,
///
/// α = k / (k − 1) · (1 − Σᵢ σᵢ² / σ_X²)
///
/// (Cronbach, L. J. (1951). Coefficient alpha and the internal structure of
/// tests. *Psychometrika*, 16(3), 297–334.) Sample variances are used
/// throughout; the choice of denominator cancels.
///
/// Listwise deletion: only respondents who answered every item count.
/// Returns `None` with fewer than 2 items, fewer than 2 complete respondents,
/// or zero variance of the sum score. α may be negative (items that are, on
/// average, negatively correlated); it is not clamped.
pub fn cronbach_alpha(rows: &[Vec<Option<f64>>]) -> Option<f64> {
    let (k, data) = complete_numeric(rows);
    if k < 2 || data.len() < 2 {
        return None;
    }
    let item_variance_sum: f64 = columns(&data, k).iter().map(|c| variance(c)).sum();
    let totals: Vec<f64> = data.iter().map(|row| row.iter().sum()).collect();
    let total_variance = variance(&totals);
    if total_variance == 0.0 {
        return None;
    }
    let k = k as f64;
    finite(k / (k - 1.0) * (1.0 - item_variance_sum / total_variance))
}

/// McDonald's ω (omega total) from a one-factor model of the items'
/// correlation matrix.
///
/// The model is fitted by iterated principal-axis factoring (Harman, H. H.
/// (1976). *Modern Factor Analysis*, 3rd ed., University of Chicago Press):
/// the initial communalities are the squared multiple correlations
/// `h²ᵢ = 1 − 1 / (R⁻¹)ᵢᵢ`; each step replaces the diagonal of `R` by the
/// communalities, takes the largest eigenvalue `θ` and its unit eigenvector
/// `v` of that reduced matrix, sets the loadings `λ = v·√θ` and the new
/// communalities `h² = λ²`. It stops when no communality changes by `1e-9` or
/// more, and gives up (`None`) after 10,000 steps or as soon as a
/// communality reaches 1 (a Heywood case; when this was checked on about a
/// thousand random tables, no iteration that reached 1 came back below it). The loadings' sign is
/// chosen so that `Σλ ≥ 0`. With uniquenesses `ψᵢ = 1 − λᵢ²`,
///
/// ω = (Σᵢ λᵢ)² / ((Σᵢ λᵢ)² + Σᵢ ψᵢ)
///
/// (McDonald, R. P. (1999). *Test Theory: A Unified Treatment*. Mahwah, NJ:
/// Lawrence Erlbaum.) Because the model is fitted to correlations, ω is the
/// reliability of the sum of the *standardised* items. Reverse-keyed items
/// must be recoded first: a negative loading lowers ω.
///
/// Listwise deletion: only respondents who answered every item count.
/// Returns `None` with fewer than 3 items, fewer than 10 complete
/// respondents, an item without variance, a correlation matrix that is not
/// positive definite (e.g. an item that is a linear combination of others,
/// or more items than respondents), a non-positive largest eigenvalue, no
/// convergence, or a Heywood case (some `λᵢ² ≥ 1`, i.e. a uniqueness `≤ 0`;
/// Heywood, H. B. (1931). On finite sequences of real numbers. *Proceedings
/// of the Royal Society of London A*, 134, 486–501).
pub fn omega_total(rows: &[Vec<Option<f64>>]) -> Option<f64> {
    let (k, data) = complete_numeric(rows);
    if k < 3 || data.len() < OMEGA_MIN_RESPONDENTS {
        return None;
    }
    let cols = columns(&data, k);
    let mut r = vec![0.0; k * k];
    for i in 0..k {
        r[i * k + i] = 1.0;
        for j in i + 1..k {
            let rij = pearson(&cols[i], &cols[j])?;
            r[i * k + j] = rij;
            r[j * k + i] = rij;
        }
    }
    omega_from_correlations(&r, k)
}

/// Corrected item-total ("item-rest") correlations: for each item, the
/// Pearson correlation between the item and the sum of the *other* items.
///
/// r = Σ (xᵢ − x̄)(yᵢ − ȳ) / √(Σ (xᵢ − x̄)² · Σ (yᵢ − ȳ)²)
///
/// (Pearson, K. (1896). Mathematical contributions to the theory of
/// evolution. III. Regression, heredity, and panmixia. *Philosophical
/// Transactions of the Royal Society A*, 187, 253–318; for the item-rest
/// form, which leaves the item out of the total so that it is not correlated
/// with itself, see Nunnally, J. C., & Bernstein, I. H. (1994). *Psychometric
/// Theory*, 3rd ed., McGraw-Hill.)
///
/// Listwise deletion: only respondents who answered every item count. The
/// result has one entry per item (the length of the longest row), each in
/// `[−1, 1]`; an entry is `None` when fewer than 2 respondents are complete,
/// when there is only one item (no rest), or when the item or its rest score
/// has no variance.
pub fn item_rest_correlations(rows: &[Vec<Option<f64>>]) -> Vec<Option<f64>> {
    let (k, data) = complete_numeric(rows);
    if data.len() < 2 {
        return vec![None; k];
    }
    let cols = columns(&data, k);
    (0..k)
        .map(|j| {
            let rest: Vec<f64> = data
                .iter()
                .map(|row| {
                    row.iter()
                        .enumerate()
                        .filter(|&(i, _)| i != j)
                        .map(|(_, x)| x)
                        .sum()
                })
                .collect();
            pearson(&cols[j], &rest)
        })
        .collect()
}

/// Guttman's coefficient of reproducibility of a cumulative ladder, with
/// errors counted by the Goodenough–Edwards method.
///
/// `rows` are respondents; columns are the rungs' dichotomous indicators,
/// ordered from the most to the least often endorsed (the ladder's
/// hypothesised order: the columns are *not* re-sorted by the sample's
/// proportions, so a wrong order shows up as errors). A respondent who
/// endorses `s` rungs has the perfect pattern "the first `s` rungs endorsed,
/// the rest not"; the respondent's errors are the cells that differ from
/// that pattern (Goodenough, W. H. (1944). A technique for scale analysis.
/// *Educational and Psychological Measurement*, 4(3), 179–190; Edwards, A. L.
/// (1957). *Techniques of Attitude Scale Construction*. New York:
/// Appleton-Century-Crofts). Then
///
/// CR = 1 − errors / responses
///
/// with responses = complete respondents × rungs (Guttman, L. (1944). A basis
/// for scaling qualitative data. *American Sociological Review*, 9(2),
/// 139–150). Each reversal of two rungs costs two errors, so this count is
/// never below Guttman's minimum-error count and CR is the more conservative
/// of the two; it is deterministic and needs no search. CR lies in `[0, 1]`.
///
/// Listwise deletion: only respondents who answered every rung count.
/// Returns `None` with fewer than 2 rungs or no complete respondent.
pub fn guttman_reproducibility(rows: &[Vec<Option<bool>>]) -> Option<f64> {
    let (k, data) = complete_binary(rows);
    if k < 2 || data.is_empty() {
        return None;
    }
    let errors: usize = data
        .iter()
        .map(|row| {
            let endorsed = row.iter().filter(|&&x| x).count();
            row.iter()
                .enumerate()
                .filter(|&(j, &x)| x != (j < endorsed))
                .count()
        })
        .sum();
    let responses = data.len() * k;
    Some(1.0 - errors as f64 / responses as f64)
}

/// Loevinger's H as Mokken's scalability coefficient for the whole scale.
///
/// For each pair of items, the item endorsed by more respondents is the
/// "easier" one (a tie may go either way: the counts are then equal). A
/// Guttman error is a respondent endorsing the harder item but not the
/// easier one. With `n` complete respondents, `Fᵢⱼ` the observed errors and
/// `Eᵢⱼ = n · (1 − p_easier) · p_harder` the errors expected if the two items
/// were independent given their proportions,
///
/// H = 1 − Σᵢ<ⱼ Fᵢⱼ / Σᵢ<ⱼ Eᵢⱼ
///
/// (Mokken, R. J. (1971). *A Theory and Procedure of Scale Analysis*. The
/// Hague: Mouton; Loevinger, J. (1948). The technic of homogeneous tests
/// compared with some aspects of "scale analysis" and factor analysis.
/// *Psychological Bulletin*, 45(6), 507–529; in this error form, Sijtsma,
/// K., & Molenaar, I. W. (2002). *Introduction to Nonparametric Item
/// Response Theory*. Thousand Oaks, CA: Sage.) Unlike
/// [`guttman_reproducibility`], H uses the sample's proportions, not the
/// column order, so it does not depend on the order of the columns.
///
/// H ≤ 1, with 1 for a perfect cumulative pattern; Mokken's rule of thumb
/// calls a scale weak from 0.3, medium from 0.4 and strong from 0.5.
///
/// Listwise deletion: only respondents who answered every item count.
/// Returns `None` with fewer than 2 items, no complete respondent, or no
/// expected errors at all (fewer than two items vary).
pub fn loevinger_h(rows: &[Vec<Option<bool>>]) -> Option<f64> {
    let (k, data) = complete_binary(rows);
    if k < 2 || data.is_empty() {
        return None;
    }
    let (observed, expected) = guttman_error_tables(&data, k);
    let mut f = 0.0;
    let mut e = 0.0;
    for i in 0..k {
        for j in i + 1..k {
            f += observed[i * k + j];
            e += expected[i * k + j];
        }
    }
    if e > 0.0 {
        Some(1.0 - f / e)
    } else {
        None
    }
}

/// Mokken's item scalability coefficients `Hᵢ`, one per item.
///
/// With the pairwise observed and expected Guttman errors `Fᵢⱼ` and `Eᵢⱼ`
/// defined as for [`loevinger_h`],
///
/// Hᵢ = 1 − Σⱼ≠ᵢ Fᵢⱼ / Σⱼ≠ᵢ Eᵢⱼ
///
/// (Mokken, R. J. (1971). *A Theory and Procedure of Scale Analysis*. The
/// Hague: Mouton; Sijtsma, K., & Molenaar, I. W. (2002). *Introduction to
/// Nonparametric Item Response Theory*. Thousand Oaks, CA: Sage.)
/// Each `Hᵢ ≤ 1`; Mokken's usual lower bound for keeping an item is 0.3.
///
/// Listwise deletion: only respondents who answered every item count. The
/// result has one entry per item (the length of the longest row); an entry
/// is `None` with fewer than 2 items, no complete respondent, or no expected
/// errors for that item (it, or every other item, does not vary).
pub fn loevinger_h_items(rows: &[Vec<Option<bool>>]) -> Vec<Option<f64>> {
    let (k, data) = complete_binary(rows);
    if k < 2 || data.is_empty() {
        return vec![None; k];
    }
    let (observed, expected) = guttman_error_tables(&data, k);
    (0..k)
        .map(|i| {
            let f: f64 = (0..k)
                .filter(|&j| j != i)
                .map(|j| observed[i * k + j])
                .sum();
            let e: f64 = (0..k)
                .filter(|&j| j != i)
                .map(|j| expected[i * k + j])
                .sum();
            if e > 0.0 {
                Some(1.0 - f / e)
            } else {
                None
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Private helpers
// ---------------------------------------------------------------------------

/// The number of items (longest row) and the complete rows, each of exactly
/// that length with every value finite.
fn complete_numeric(rows: &[Vec<Option<f64>>]) -> (usize, Vec<Vec<f64>>) {
    let k = rows.iter().map(Vec::len).max().unwrap_or(0);
    let data = rows
        .iter()
        .filter(|row| row.len() == k)
        .filter_map(|row| {
            row.iter()
                .map(|x| x.filter(|v| v.is_finite()))
                .collect::<Option<Vec<f64>>>()
        })
        .collect();
    (k, data)
}

/// The number of items (longest row) and the complete rows, each of exactly
/// that length.
fn complete_binary(rows: &[Vec<Option<bool>>]) -> (usize, Vec<Vec<bool>>) {
    let k = rows.iter().map(Vec::len).max().unwrap_or(0);
    let data = rows
        .iter()
        .filter(|row| row.len() == k)
        .filter_map(|row| row.iter().copied().collect::<Option<Vec<bool>>>())
        .collect();
    (k, data)
}

/// Observed (`F`) and expected (`E`) Guttman errors of every item pair, as
/// symmetric row-major `k × k` tables with a zero diagonal; see
/// [`loevinger_h`]. Callers guarantee at least one complete row.
fn guttman_error_tables(data: &[Vec<bool>], k: usize) -> (Vec<f64>, Vec<f64>) {
    let n = data.len();
    let endorsed: Vec<usize> = (0..k)
        .map(|j| data.iter().filter(|row| row[j]).count())
        .collect();
    let mut observed = vec![0.0; k * k];
    let mut expected = vec![0.0; k * k];
    for i in 0..k {
        for j in i + 1..k {
            // Integer counts decide which item is easier, so ties are exact.
            let (easy, hard) = if endorsed[i] >= endorsed[j] {
                (i, j)
            } else {
                (j, i)
            };
            let f = data.iter().filter(|row| !row[easy] && row[hard]).count() as f64;
            let e = (n - endorsed[easy]) as f64 * endorsed[hard] as f64 / n as f64;
            observed[i * k + j] = f;
            observed[j * k + i] = f;
            expected[i * k + j] = e;
            expected[j * k + i] = e;
        }
    }
    (observed, expected)
}

/// The columns of a table of complete rows of length `k`.
fn columns(data: &[Vec<f64>], k: usize) -> Vec<Vec<f64>> {
    (0..k)
        .map(|j| data.iter().map(|row| row[j]).collect())
        .collect()
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// Sum of squared deviations from the mean, taken as exactly zero when it is
/// negligible against the values' magnitude (a constant column whose mean is
/// not exactly representable would otherwise have a tiny positive one).
/// Callers guarantee at least one value.
fn sum_of_squares(xs: &[f64]) -> f64 {
    let m = mean(xs);
    let ss: f64 = xs.iter().map(|x| (x - m) * (x - m)).sum();
    let raw: f64 = xs.iter().map(|x| x * x).sum();
    if ss <= ZERO_VARIANCE_RELATIVE * raw {
        0.0
    } else {
        ss
    }
}

/// Sample variance (denominator `n − 1`); callers guarantee `n ≥ 2`.
fn variance(xs: &[f64]) -> f64 {
    sum_of_squares(xs) / (xs.len() - 1) as f64
}

/// Pearson's r of two equally long samples, clamped to `[−1, 1]` against
/// rounding; `None` when either has no variance or the result is not finite.
fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    if x.len() < 2 || x.len() != y.len() {
        return None;
    }
    let (sxx, syy) = (sum_of_squares(x), sum_of_squares(y));
    if sxx == 0.0 || syy == 0.0 {
        return None;
    }
    let (mx, my) = (mean(x), mean(y));
    let sxy: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    finite(sxy / (sxx.sqrt() * syy.sqrt())).map(|r| r.clamp(-1.0, 1.0))
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// Cholesky factor `L` (row-major, lower triangular) of a symmetric `n × n`
/// matrix, or `None` when a pivot is at or below [`PIVOT_MIN`] (not
/// positive definite, or too close to singular to trust).
fn cholesky(a: &[f64], n: usize) -> Option<Vec<f64>> {
    let mut l = vec![0.0; n * n];
    for j in 0..n {
        let d = a[j * n + j] - (0..j).map(|m| l[j * n + m] * l[j * n + m]).sum::<f64>();
        if d.is_nan() || d <= PIVOT_MIN {
            return None;
        }
        let djj = d.sqrt();
        l[j * n + j] = djj;
        for i in j + 1..n {
            let s = a[i * n + j] - (0..j).map(|m| l[i * n + m] * l[j * n + m]).sum::<f64>();
            l[i * n + j] = s / djj;
        }
    }
    Some(l)
}

/// Squared multiple correlations `1 − 1 / (R⁻¹)ᵢᵢ` of a correlation matrix,
/// or `None` when it is not positive definite. `(R⁻¹)ᵢᵢ = ‖L⁻¹ eᵢ‖²` with
/// `R = L Lᵀ`.
fn squared_multiple_correlations(r: &[f64], n: usize) -> Option<Vec<f64>> {
    let l = cholesky(r, n)?;
    let mut smc = Vec::with_capacity(n);
    let mut y = vec![0.0; n];
    for i in 0..n {
        // Forward substitution for L y = eᵢ (y is zero above i).
        let mut norm2 = 0.0;
        for m in 0..n {
            y[m] = if m < i {
                0.0
            } else {
                let rhs = if m == i { 1.0 } else { 0.0 };
                let s: f64 = (i..m).map(|p| l[m * n + p] * y[p]).sum();
                (rhs - s) / l[m * n + m]
            };
            norm2 += y[m] * y[m];
        }
        smc.push(1.0 - 1.0 / norm2);
    }
    Some(smc)
}

/// Eigenvalues and eigenvectors of a symmetric `n × n` matrix (row-major) by
/// the cyclic Jacobi method. Returns the eigenvalues and the row-major matrix
/// whose column `c` is the unit eigenvector of eigenvalue `c`.
fn symmetric_eigen(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    let norm2: f64 = a.iter().map(|x| x * x).sum();
    for _sweep in 0..100 {
        let mut off = 0.0;
        for p in 0..n {
            for q in p + 1..n {
                off += a[p * n + q] * a[p * n + q];
            }
        }
        if off <= 1e-30 * norm2 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                if apq == 0.0 {
                    continue;
                }
                let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                let t = if theta >= 0.0 {
                    1.0 / (theta + (theta * theta + 1.0).sqrt())
                } else {
                    -1.0 / (-theta + (theta * theta + 1.0).sqrt())
                };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                // A ← Jᵀ A J with J the rotation in the (p, q) plane.
                for m in 0..n {
                    let (amp, amq) = (a[m * n + p], a[m * n + q]);
                    a[m * n + p] = c * amp - s * amq;
                    a[m * n + q] = s * amp + c * amq;
                }
                for m in 0..n {
                    let (apm, aqm) = (a[p * n + m], a[q * n + m]);
                    a[p * n + m] = c * apm - s * aqm;
                    a[q * n + m] = s * apm + c * aqm;
                }
                a[p * n + q] = 0.0;
                a[q * n + p] = 0.0;
                for m in 0..n {
                    let (vmp, vmq) = (v[m * n + p], v[m * n + q]);
                    v[m * n + p] = c * vmp - s * vmq;
                    v[m * n + q] = s * vmp + c * vmq;
                }
            }
        }
    }
    let values = (0..n).map(|i| a[i * n + i]).collect();
    (values, v)
}

/// ω from a `k × k` correlation matrix (row-major) by iterated principal-axis
/// factoring with one factor; see [`omega_total`] for the method and the
/// cases that give `None`.
fn omega_from_correlations(r: &[f64], k: usize) -> Option<f64> {
    let mut communalities = squared_multiple_correlations(r, k)?;
    let mut loadings = vec![0.0; k];
    for _ in 0..PAF_MAX_ITERATIONS {
        let mut reduced = r.to_vec();
        for (i, h2) in communalities.iter().enumerate() {
            reduced[i * k + i] = *h2;
        }
        let (values, vectors) = symmetric_eigen(reduced, k);
        let (top, theta) =
            values
                .iter()
                .copied()
                .enumerate()
                .fold((0, f64::NEG_INFINITY), |best, (i, x)| {
                    if x > best.1 {
                        (i, x)
                    } else {
                        best
                    }
                });
        if theta.is_nan() || theta <= 0.0 {
            return None;
        }
        let scale = theta.sqrt();
        for (i, l) in loadings.iter_mut().enumerate() {
            *l = vectors[i * k + top] * scale;
        }
        if loadings.iter().sum::<f64>() < 0.0 {
            loadings.iter_mut().for_each(|l| *l = -*l);
        }
        let mut change: f64 = 0.0;
        for (h2, l) in communalities.iter_mut().zip(&loadings) {
            let new = l * l;
            change = change.max((new - *h2).abs());
            *h2 = new;
        }
        // A communality of 1 or more is a Heywood case: stop there. (NaN,
        // from a degenerate matrix, stops too.)
        if communalities.iter().any(|&h2| h2.is_nan() || h2 >= 1.0) {
            return None;
        }
        if change < PAF_TOLERANCE {
            let sum: f64 = loadings.iter().sum();
            let uniqueness: f64 = communalities.iter().map(|h2| 1.0 - h2).sum();
            return finite(sum * sum / (sum * sum + uniqueness));
        }
    }
    // No convergence within the cap.
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(rows: &[&[f64]]) -> Vec<Vec<Option<f64>>> {
        rows.iter()
            .map(|r| r.iter().map(|&x| Some(x)).collect())
            .collect()
    }

    fn bin(rows: &[&str]) -> Vec<Vec<Option<bool>>> {
        rows.iter()
            .map(|r| {
                r.chars()
                    .map(|c| match c {
                        '1' => Some(true),
                        '0' => Some(false),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    fn close(actual: Option<f64>, expected: f64, tol: f64) {
        let a = actual.unwrap_or_else(|| panic!("expected {expected}, got None"));
        assert!((a - expected).abs() <= tol, "expected {expected}, got {a}");
    }

    /// 6 complete respondents × 3 items, plus one with a missing answer that
    /// listwise deletion drops.
    fn likert_small() -> Vec<Vec<Option<f64>>> {
        let mut rows = num(&[
            &[4.0, 5.0, 4.0],
            &[3.0, 3.0, 2.0],
            &[5.0, 5.0, 5.0],
            &[2.0, 3.0, 3.0],
            &[4.0, 4.0, 5.0],
            &[1.0, 2.0, 1.0],
        ]);
        rows.insert(2, vec![Some(5.0), None, Some(1.0)]);
        rows
    }

    /// 12 respondents × 4 Likert items (numpy, seed 0: round(3 + 1.1·t + e)
    /// clipped to 1..5, t and e standard normal).
    fn likert_twelve() -> Vec<Vec<Option<f64>>> {
        num(&[
            &[1.0, 3.0, 2.0, 2.0],
            &[2.0, 3.0, 3.0, 4.0],
            &[4.0, 5.0, 3.0, 4.0],
            &[4.0, 3.0, 2.0, 2.0],
            &[2.0, 3.0, 1.0, 2.0],
            &[3.0, 4.0, 4.0, 4.0],
            &[4.0, 4.0, 5.0, 5.0],
            &[3.0, 5.0, 5.0, 5.0],
            &[2.0, 2.0, 4.0, 4.0],
            &[3.0, 3.0, 2.0, 1.0],
            &[2.0, 3.0, 1.0, 3.0],
            &[3.0, 4.0, 2.0, 2.0],
        ])
    }

    #[test]
    fn alpha_worked_example() {
        // By hand (sample variances) on the 6 complete rows: item variances
        // 13/6, 22/15, 8/3 (sum 6.3); sums 13, 8, 15, 8, 13, 4 with variance
        // 521/30; α = 3/2 · (1 − 6.3 / (521/30)) = 0.95585412667946…
        // numpy: k/(k-1)*(1 - X.var(0, ddof=1).sum()/X.sum(1).var(ddof=1))
        // → 0.9558541266794625.
        close(
            cronbach_alpha(&likert_small()),
            0.955_854_126_679_462_5,
            1e-12,
        );
    }

    #[test]
    fn alpha_twelve_respondents() {
        // numpy, same formula as above, on likert_twelve: 0.7884579351695709.
        close(
            cronbach_alpha(&likert_twelve()),
            0.788_457_935_169_570_9,
            1e-12,
        );
    }

    #[test]
    fn alpha_can_be_negative() {
        // Items x = 1,2,3; y = 3,2,2; z = 2,2,2. By hand: var x = 1,
        // var y = 1/3, var z = 0; sums 6, 6, 7 → var 1/3;
        // α = 3/2 · (1 − (4/3)/(1/3)) = 3/2 · (−3) = −4.5.
        // With y = 3,2,1 instead every sum is 6: zero total variance → None.
        let rows = num(&[&[1.0, 3.0, 2.0], &[2.0, 2.0, 2.0], &[3.0, 2.0, 2.0]]);
        close(cronbach_alpha(&rows), -4.5, 1e-12);
        let flat = num(&[&[1.0, 3.0, 2.0], &[2.0, 2.0, 2.0], &[3.0, 1.0, 2.0]]);
        assert_eq!(cronbach_alpha(&flat), None);
    }

    #[test]
    fn alpha_none_cases() {
        assert_eq!(cronbach_alpha(&[]), None);
        assert_eq!(cronbach_alpha(&num(&[&[1.0, 2.0]])), None);
        assert_eq!(cronbach_alpha(&num(&[&[1.0], &[2.0], &[3.0]])), None);
        let missing = vec![vec![None, None]; 5];
        assert_eq!(cronbach_alpha(&missing), None);
        let constant = num(&[&[0.1, 0.7], &[0.1, 0.7], &[0.1, 0.7]]);
        assert_eq!(cronbach_alpha(&constant), None);
        // A NaN makes its respondent incomplete, leaving only one.
        let nan = num(&[&[1.0, 2.0], &[f64::NAN, 3.0]]);
        assert_eq!(cronbach_alpha(&nan), None);
        // A short row is missing the items it lacks.
        let ragged = vec![vec![Some(1.0), Some(2.0)], vec![Some(2.0)]];
        assert_eq!(cronbach_alpha(&ragged), None);
    }

    #[test]
    fn item_rest_worked_example() {
        // numpy: [np.corrcoef(X[:,j], X.sum(1)-X[:,j])[0,1] for j in range(3)]
        // on the 6 complete rows of likert_small →
        // 0.9364417103712739, 0.9306631324673101, 0.8970979260901316.
        // By hand for item 3: x = 4,2,5,3,5,1 (mean 10/3), rest = 9,6,10,5,8,3
        // (mean 41/6); Sxy = 19.333…, Sxx = 13.333…, Syy = 34.833…;
        // r = 19.333/√(13.333·34.833) = 0.89709792…
        let r = item_rest_correlations(&likert_small());
        assert_eq!(r.len(), 3);
        close(r[0], 0.936_441_710_371_273_9, 1e-12);
        close(r[1], 0.930_663_132_467_310_1, 1e-12);
        close(r[2], 0.897_097_926_090_131_6, 1e-12);
    }

    #[test]
    fn item_rest_none_cases() {
        assert!(item_rest_correlations(&[]).is_empty());
        assert_eq!(
            item_rest_correlations(&num(&[&[1.0], &[2.0]])),
            vec![None],
            "one item has no rest"
        );
        assert_eq!(
            item_rest_correlations(&num(&[&[1.0, 2.0, 3.0]])),
            vec![None; 3]
        );
        // Item 2 constant → None for it; the other two correlate with a rest
        // that is the other item plus a constant: r(x, y) by hand = −1 here.
        let rows = num(&[&[1.0, 5.0, 3.0], &[2.0, 5.0, 2.0], &[3.0, 5.0, 1.0]]);
        let r = item_rest_correlations(&rows);
        close(r[0], -1.0, 1e-12);
        assert_eq!(r[1], None);
        close(r[2], -1.0, 1e-12);
    }

    #[test]
    fn omega_worked_example() {
        // Reference: numpy, R = np.corrcoef(Y, rowvar=False);
        // h2 = 1 - 1/np.diag(np.linalg.inv(R)); repeat: Rr = R with diagonal
        // h2, w, v = np.linalg.eigh(Rr), lam = v[:, -1]*sqrt(w[-1]) (sign so
        // that lam.sum() ≥ 0), h2 = lam**2, until max|Δh2| < tol;
        // omega = lam.sum()**2/(lam.sum()**2 + (1 - lam**2).sum()).
        // With tol = 1e-9 (ours) → 0.8007276711602556, the same digits;
        // fully converged (tol = 1e-13) → 0.800727671215597 (loadings 0.480,
        // 0.607, 0.885, 0.821).
        let omega = omega_total(&likert_twelve());
        close(omega, 0.800_727_671_160_255_6, 1e-12);
        close(omega, 0.800_727_671_215_597, 1e-8);
    }

    #[test]
    fn omega_recovers_an_exact_one_factor_matrix() {
        // R = λλᵀ with unit diagonal, λ = (0.8, 0.7, 0.6, 0.5): PAF must
        // recover λ, so by hand ω = 2.6² / (2.6² + (0.36 + 0.51 + 0.64 +
        // 0.75)) = 6.76 / 9.02 = 0.74944567627494…
        let lambda = [0.8, 0.7, 0.6, 0.5];
        let mut r = vec![1.0; 16];
        for i in 0..4 {
            for j in 0..4 {
                if i != j {
                    r[i * 4 + j] = lambda[i] * lambda[j];
                }
            }
        }
        close(omega_from_correlations(&r, 4), 6.76 / 9.02, 1e-8);
    }

    #[test]
    fn omega_rejects_heywood_cases() {
        // Three items with r12 = r13 = 0.8, r23 = 0.5: positive definite
        // (det = 0.11 by hand), but the exact one-factor solution has
        // λ1² = r12·r13/r23 = 1.28 ≥ 1.
        let r = [1.0, 0.8, 0.8, 0.8, 1.0, 0.5, 0.8, 0.5, 1.0];
        assert!(cholesky(&r, 3).is_some());
        assert_eq!(omega_from_correlations(&r, 3), None);
        // Data whose PAF solution (numpy reference as in
        // omega_worked_example) has the first loading 1.075 > 1.
        let heywood = num(&[
            &[4.0, 4.0, 5.0, 3.0],
            &[2.0, 3.0, 2.0, 2.0],
            &[5.0, 4.0, 5.0, 4.0],
            &[3.0, 3.0, 3.0, 4.0],
            &[1.0, 2.0, 1.0, 2.0],
            &[4.0, 5.0, 4.0, 3.0],
            &[3.0, 2.0, 3.0, 3.0],
            &[5.0, 5.0, 4.0, 5.0],
            &[2.0, 2.0, 3.0, 1.0],
            &[4.0, 3.0, 4.0, 4.0],
            &[3.0, 4.0, 3.0, 2.0],
            &[1.0, 1.0, 2.0, 2.0],
        ]);
        assert_eq!(omega_total(&heywood), None);
    }

    #[test]
    fn omega_none_cases() {
        let twelve = likert_twelve();
        // Fewer than 3 items.
        let two: Vec<_> = twelve.iter().map(|r| r[..2].to_vec()).collect();
        assert_eq!(omega_total(&two), None);
        // Fewer than 10 complete respondents.
        assert_eq!(omega_total(&twelve[..9]), None);
        let mut holes = twelve.clone();
        holes[0][0] = None;
        holes[1][1] = None;
        holes[2][2] = None;
        assert_eq!(omega_total(&holes), None);
        // A constant item.
        let mut constant = twelve.clone();
        constant.iter_mut().for_each(|r| r[3] = Some(3.0));
        assert_eq!(omega_total(&constant), None);
        // An item that is the sum of two others: singular matrix.
        let mut collinear = twelve.clone();
        for r in &mut collinear {
            r[3] = Some(r[0].unwrap() + r[1].unwrap());
        }
        assert_eq!(omega_total(&collinear), None);
        assert_eq!(omega_total(&[]), None);
    }

    #[test]
    fn jacobi_matches_known_eigenvalues() {
        // [[2,1,0],[1,2,1],[0,1,2]] has eigenvalues 2 − √2, 2, 2 + √2
        // (tridiagonal Toeplitz: 2 + 2cos(kπ/4), k = 1..3).
        let a = vec![2.0, 1.0, 0.0, 1.0, 2.0, 1.0, 0.0, 1.0, 2.0];
        let (mut values, vectors) = symmetric_eigen(a.clone(), 3);
        // A v = θ v for every pair.
        for (c, &theta) in values.iter().enumerate() {
            for i in 0..3 {
                let av: f64 = (0..3).map(|j| a[i * 3 + j] * vectors[j * 3 + c]).sum();
                assert!((av - theta * vectors[i * 3 + c]).abs() < 1e-12);
            }
        }
        values.sort_by(f64::total_cmp);
        let s = 2f64.sqrt();
        for (v, e) in values.iter().zip([2.0 - s, 2.0, 2.0 + s]) {
            assert!((v - e).abs() < 1e-12, "{v} vs {e}");
        }
    }

    #[test]
    fn smc_matches_closed_form() {
        // For two variables with correlation r, SMC = r² (by hand).
        let smc = squared_multiple_correlations(&[1.0, 0.6, 0.6, 1.0], 2).unwrap();
        assert!((smc[0] - 0.36).abs() < 1e-12 && (smc[1] - 0.36).abs() < 1e-12);
        assert_eq!(
            squared_multiple_correlations(&[1.0, 1.0, 1.0, 1.0], 2),
            None
        );
    }

    /// 8 complete respondents on a 3-rung ladder plus one with a missing
    /// answer (dropped), with two non-scale patterns: 101 and 010.
    fn ladder() -> Vec<Vec<Option<bool>>> {
        bin(&[
            "111", "110", "100", "000", "101", "010", "1?0", "110", "100",
        ])
    }

    #[test]
    fn reproducibility_worked_example() {
        // By hand (Goodenough–Edwards): 101 has 2 endorsements, ideal 110 →
        // 2 errors; 010 has 1, ideal 100 → 2 errors; the others are perfect.
        // CR = 1 − 4 / (8 × 3) = 0.8333… (also checked with a plain-Python
        // count of the same definition: 0.8333333333333334).
        close(guttman_reproducibility(&ladder()), 1.0 - 4.0 / 24.0, 1e-15);
        // Rung order is taken as given: reversing the columns of a perfect
        // set (100 → 001 etc.) gives errors. By hand for 001/011/111/000:
        // 001 → ideal 100: 2 errors; 011 → 110: 2; 111, 000: 0. CR = 1 − 4/12.
        let reversed = bin(&["001", "011", "111", "000"]);
        close(guttman_reproducibility(&reversed), 1.0 - 4.0 / 12.0, 1e-15);
    }

    #[test]
    fn loevinger_worked_example() {
        // By hand on the 8 complete rows of ladder(): endorsement counts
        // 6, 4, 2 of n = 8.
        // Pair (1,2): F = #(0,1) = 1 (row 010); E = 2·4/8 = 1.
        // Pair (1,3): F = #(x1=0, x3=1) = 0;     E = 2·2/8 = 0.5.
        // Pair (2,3): F = #(x2=0, x3=1) = 1 (row 101); E = 4·2/8 = 1.
        // H = 1 − 2/2.5 = 0.2; H1 = 1 − 1/1.5; H2 = 1 − 2/2 = 0; H3 = 1 − 1/1.5.
        // A plain-Python count of the same definitions agrees (0.2, 1/3, 0, 1/3).
        close(loevinger_h(&ladder()), 0.2, 1e-12);
        let hi = loevinger_h_items(&ladder());
        assert_eq!(hi.len(), 3);
        close(hi[0], 1.0 / 3.0, 1e-12);
        close(hi[1], 0.0, 1e-12);
        close(hi[2], 1.0 / 3.0, 1e-12);
    }

    #[test]
    fn loevinger_can_be_negative() {
        // Two items never endorsed together, each by half: counts 2, 2 of 4;
        // rows 10, 10, 01, 01. Take item 1 as easier (tie): F = #(0,1) = 2,
        // E = 2·2/4 = 1 → H = 1 − 2 = −1 (by hand).
        let rows = bin(&["10", "10", "01", "01"]);
        close(loevinger_h(&rows), -1.0, 1e-12);
        assert_eq!(loevinger_h_items(&rows), vec![Some(-1.0), Some(-1.0)]);
    }

    #[test]
    fn guttman_none_cases() {
        assert_eq!(guttman_reproducibility(&[]), None);
        assert_eq!(loevinger_h(&[]), None);
        assert!(loevinger_h_items(&[]).is_empty());
        let one_rung = bin(&["1", "0", "1"]);
        assert_eq!(guttman_reproducibility(&one_rung), None);
        assert_eq!(loevinger_h(&one_rung), None);
        assert_eq!(loevinger_h_items(&one_rung), vec![None]);
        let all_missing = bin(&["??", "??"]);
        assert_eq!(guttman_reproducibility(&all_missing), None);
        assert_eq!(loevinger_h(&all_missing), None);
        assert_eq!(loevinger_h_items(&all_missing), vec![None, None]);
        // Constant columns: CR is defined (no errors possible), H is not.
        let constant = bin(&["10", "10", "10"]);
        assert_eq!(guttman_reproducibility(&constant), Some(1.0));
        assert_eq!(loevinger_h(&constant), None);
        assert_eq!(loevinger_h_items(&constant), vec![None, None]);
        // One varying item among constant ones: no pair has expected errors.
        let one_varies = bin(&["110", "100", "110"]);
        assert_eq!(loevinger_h(&one_varies), None);
        // One respondent.
        assert_eq!(guttman_reproducibility(&bin(&["10"])), Some(1.0));
        assert_eq!(loevinger_h(&bin(&["10"])), None);
    }
}
